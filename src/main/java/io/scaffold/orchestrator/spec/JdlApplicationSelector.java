package io.scaffold.orchestrator.spec;

import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.EntityOptions;
import io.scaffold.orchestrator.spec.JdlDocument.Application;
import io.scaffold.orchestrator.spec.JdlDocument.Named;
import io.scaffold.orchestrator.spec.JdlDocument.OptionStatement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Chooses the application of a JDL document to generate and turns it into a
 * {@link Draft}: its entities, the enums they use, the relationships between them and the
 * options that apply to them.
 */
final class JdlApplicationSelector {

    /** JDL field types whose text JDL {@code search} indexes. */
    private static final Set<String> SEARCHABLE_TYPES = Set.of("String", "TextBlob");

    private static final Set<String> BUILT_IN_ENTITIES = Set.of("User", "Authority");

    /**
     * Config values the generated project (a Spring Boot monolith, PostgreSQL, Maven)
     * matches anyway.
     */
    private static final Map<String, Set<String>> MATCHING_CONFIG = Map.ofEntries(
            Map.entry("applicationType", Set.of("monolith")), Map.entry("prodDatabaseType", Set.of("postgresql")),
            Map.entry("devDatabaseType", Set.of("postgresql", "h2Disk", "h2Memory")),
            Map.entry("databaseType", Set.of("sql")), Map.entry("buildTool", Set.of("maven")),
            Map.entry("reactive", Set.of("false")), Map.entry("serviceDiscoveryType", Set.of("no", "false")),
            Map.entry("cacheProvider", Set.of("no")), Map.entry("enableHibernateCache", Set.of("false")),
            Map.entry("searchEngine", Set.of("no", "false")), Map.entry("clientFramework", Set.of("no")),
            Map.entry("skipClient", Set.of("true")), Map.entry("messageBroker", Set.of("no", "false")),
            Map.entry("enableTranslation", Set.of("false")), Map.entry("websocket", Set.of("no", "false")));

    private final String file;

    private final JdlDocument document;

    JdlApplicationSelector(String file, JdlDocument document) {
        this.file = file;
        this.document = document;
    }

    Draft select(SpecOptions options) {
        Draft draft = new Draft(file, DomainModel.Source.Format.JDL);
        draft.ignoredFeatures.addAll(document.ignoredFeatures);
        Application app = choose(options.application());
        Set<String> declared = document.entities.stream().map(e -> e.name).collect(Collectors.toSet());
        Predicate<String> included = entity -> true;
        if (app != null) {
            draft.name = app.baseName();
            draft.basePackage = app.config.get("packageName");
            recordConfig(draft, app);
            for (Application other : document.applications) {
                if (other != app) {
                    draft.ignoredFeatures.add("application " + displayName(other) + " (" + other.type() + ", line "
                            + other.location.line() + ") is not generated; choose it with the application option");
                }
            }
            if (app.entities == null) {
                if (document.applications.size() > 1) {
                    throw new SpecException(file, app.location.line(), app.location.column(),
                            "application " + displayName(app) + " includes no entities",
                            "choose an application that has an 'entities' clause: " + namesWithEntities());
                }
                if (!document.entities.isEmpty()) {
                    draft.assumptions
                        .add("The application block has no 'entities' clause: every entity of the file is included.");
                }
            }
            else {
                checkKnown(app.entities.names(), declared, "entities");
                checkKnown(app.entities.except(), declared, "entities ... except");
                included = app.entities::includes;
            }
        }
        Predicate<String> inApp = included;
        document.entities.stream().filter(e -> inApp.test(e.name)).forEach(draft.entities::add);
        Set<String> kept = draft.entities.stream().map(e -> e.name).collect(Collectors.toSet());
        boolean everyEntity = kept.size() == declared.size();
        Set<String> usedTypes = draft.entities.stream()
            .flatMap(e -> e.fields.stream())
            .map(f -> f.type)
            .collect(Collectors.toSet());
        document.enums.stream().filter(e -> everyEntity || usedTypes.contains(e.name)).forEach(draft.enums::add);
        for (Draft.Rel rel : document.relationships) {
            boolean builtInTarget = !declared.contains(rel.to) && BUILT_IN_ENTITIES.contains(rel.to);
            if (builtInTarget && !rel.builtInTarget) {
                draft.assumptions.add(rel.from + " to " + rel.to + " (line " + rel.location.line()
                        + ") lacks 'with builtInEntity': " + rel.to + " is taken as the built-in entity.");
            }
            rel.builtInTarget = rel.builtInTarget || builtInTarget;
            boolean fromKept = kept.contains(rel.from) || !declared.contains(rel.from);
            boolean toKept = kept.contains(rel.to) || rel.builtInTarget || !declared.contains(rel.to);
            if (fromKept && toKept) { // an undeclared side is kept for the assembler to
                                      // report
                draft.relationships.add(rel);
            }
            else if (kept.contains(rel.from) || kept.contains(rel.to)) {
                draft.ignoredFeatures.add("relationship " + rel.from + " to " + rel.to + " (line " + rel.location.line()
                        + ") crosses into an entity outside application " + displayName(app));
            }
        }
        List<OptionStatement> statements = new ArrayList<>(document.options);
        if (app != null) {
            statements.addAll(app.options);
        }
        for (OptionStatement statement : statements) {
            checkKnown(statement.selection().names(), declared, statement.option());
            checkKnown(statement.selection().except(), declared, statement.option() + " ... except");
            apply(statement, draft);
        }
        return draft;
    }

    private Application choose(String requested) {
        List<Application> apps = document.applications;
        if (requested != null && !requested.isBlank()) {
            return apps.stream()
                .filter(a -> requested.equalsIgnoreCase(a.baseName()))
                .findFirst()
                .orElseThrow(() -> new SpecException(file, 0, 0,
                        "application '" + requested + "' is not declared in this file",
                        apps.isEmpty() ? "leave the application option empty: the file declares no application"
                                : "choose one of: " + apps.stream()
                                    .map(JdlApplicationSelector::displayName)
                                    .collect(Collectors.joining(", "))));
        }
        if (apps.size() <= 1) {
            return apps.isEmpty() ? null : apps.getFirst();
        }
        return apps.stream()
            .filter(a -> a.type().equals("monolith"))
            .findFirst()
            .or(() -> apps.stream().filter(a -> a.type().equals("gateway")).findFirst())
            .orElseThrow(() -> new SpecException(file, 0, 0,
                    "the file declares " + apps.size() + " applications and none is a monolith or gateway",
                    "choose one with the application option: " + apps.stream()
                        .map(JdlApplicationSelector::displayName)
                        .collect(Collectors.joining(", "))));
    }

    private String namesWithEntities() {
        return document.applications.stream()
            .filter(a -> a.entities != null)
            .map(JdlApplicationSelector::displayName)
            .collect(Collectors.joining(", "));
    }

    private static String displayName(Application app) {
        return app == null || app.baseName() == null ? "(unnamed)" : app.baseName();
    }

    private void recordConfig(Draft draft, Application app) {
        List<String> notApplied = new ArrayList<>();
        app.config.forEach((key, value) -> {
            if (key.equals("baseName") || key.equals("packageName")) {
                return;
            }
            Set<String> matching = MATCHING_CONFIG.get(key);
            if (matching == null || !matching.contains(value)) {
                notApplied.add(key + " " + value + " (line " + app.configLocations.get(key).line() + ")");
            }
        });
        if (!notApplied.isEmpty()) {
            draft.ignoredFeatures
                .add("application " + displayName(app) + " config not applied (the generated project is "
                        + "a Spring Boot monolith on PostgreSQL built with Maven): " + String.join(", ", notApplied));
        }
    }

    private void checkKnown(List<Named> names, Set<String> declared, String clause) {
        for (Named n : names) {
            if (!declared.contains(n.name())) {
                throw new SpecException(file, n.location().line(), n.location().column(),
                        "'" + clause + "' names unknown entity '" + n.name() + "'",
                        "declare entity " + n.name() + " or use one of: " + String.join(", ",
                                new LinkedHashSet<>(document.entities.stream().map(e -> e.name).toList())));
            }
        }
    }

    private void apply(OptionStatement statement, Draft draft) {
        List<Draft.Entity> targets = draft.entities.stream()
            .filter(e -> statement.selection().includes(e.name))
            .toList();
        String value = statement.value();
        String where = statement.option() + " (line " + statement.location().line() + ")";
        switch (statement.option()) {
            case "paginate" -> {
                EntityOptions.Pagination pagination = switch (value) {
                    case "pagination" -> EntityOptions.Pagination.PAGINATION;
                    case "infinite-scroll", "infiniteScroll" -> EntityOptions.Pagination.INFINITE_SCROLL;
                    case "pager" -> {
                        draft.assumptions.add("paginate with pager (line " + statement.location().line()
                                + ") is generated as pagination: pager was removed from JHipster.");
                        yield EntityOptions.Pagination.PAGINATION;
                    }
                    case "no" -> EntityOptions.Pagination.NONE;
                    default -> throw invalidValue(statement, "pagination, infinite-scroll or no");
                };
                targets.forEach(e -> e.pagination = pagination);
            }
            case "dto" -> {
                boolean dto = switch (value) {
                    case "mapstruct" -> true;
                    case "no" -> false;
                    default -> throw invalidValue(statement, "mapstruct or no");
                };
                targets.forEach(e -> e.dto = dto);
                if (!dto && !targets.isEmpty()) {
                    draft.assumptions.add(where + " with no for "
                            + targets.stream().map(e -> e.name).collect(Collectors.joining(", "))
                            + ": the API still takes and returns request and response records, copied by a "
                            + "hand-written mapper; entities are never exposed");
                }
            }
            case "service" -> {
                boolean service = switch (value) {
                    case "serviceClass", "serviceImpl" -> true;
                    case "no" -> false;
                    default -> throw invalidValue(statement, "serviceClass, serviceImpl or no");
                };
                boolean serviceImpl = "serviceImpl".equals(value);
                targets.forEach(e -> {
                    e.service = service;
                    e.serviceImpl = serviceImpl;
                });
            }
            case "filter" -> {
                targets.forEach(e -> e.filter = true);
            }
            case "readOnly" -> {
                targets.forEach(e -> e.readOnly = true);
            }
            case "search" -> {
                boolean search = !"no".equals(value);
                targets.forEach(e -> e.search = search);
                List<Draft.Entity> textless = targets.stream()
                    .filter(e -> e.fields.stream().noneMatch(f -> SEARCHABLE_TYPES.contains(f.type)))
                    .toList();
                if (search && textless.size() < targets.size()) {
                    draft.assumptions.add("search with " + value + " (line " + statement.location().line()
                            + ") is generated as PostgreSQL full-text search (a tsvector column with a GIN index, "
                            + "GET /api/{entities}/_search?query=...): no search engine to run.");
                }
                ignoredFor(draft, statement, textless,
                        "no String or TextBlob field to search, so no search endpoint is generated", search);
            }
            default -> {
                if (!targets.isEmpty()) {
                    draft.ignoredFeatures.add(where + (value == null ? "" : " with " + value) + " for "
                            + targets.stream().map(e -> e.name).collect(Collectors.joining(", ")) + ": "
                            + reasonIgnored(statement.option()));
                }
            }
        }
    }

    /**
     * Lists an option the generated project does not honour for {@code targets}, with its
     * line, when {@code applies}.
     */
    private static void ignoredFor(Draft draft, OptionStatement statement, List<Draft.Entity> targets, String reason,
            boolean applies) {
        if (applies && !targets.isEmpty()) {
            draft.ignoredFeatures.add(statement.option() + " (line " + statement.location().line() + ")"
                    + (statement.value() == null ? "" : " with " + statement.value()) + " for "
                    + targets.stream().map(e -> e.name).collect(Collectors.joining(", ")) + ": " + reason);
        }
    }

    private static String reasonIgnored(String option) {
        return switch (option) {
            case "microservice" -> "entities are generated in the one monolith";
            case "skipClient", "angularSuffix", "clientRootFolder" -> "no client is generated";
            default -> "not applicable to the generated project";
        };
    }

    private SpecException invalidValue(OptionStatement statement, String expected) {
        return new SpecException(file, statement.location().line(), statement.location().column(),
                "unknown value '" + statement.value() + "' for " + statement.option(),
                "write " + statement.option() + " ... with " + expected);
    }

}
