package io.scaffold.orchestrator.spec;

import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.Entity;
import io.scaffold.orchestrator.domain.EnumType;
import io.scaffold.orchestrator.domain.Field;
import io.scaffold.orchestrator.domain.Relationship;
import java.util.List;
import java.util.function.Function;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much a spec may hold ({@code scaffold.limits.*}): a spec is untrusted input, and
 * every generator, gate and database row downstream grows with it. {@link SpecReader}
 * checks the text before parsing, the assembler checks the declarations before it builds
 * a model from them (the JDL parser already before it applies option statements), and the
 * reader checks the texts of the model, so an oversized spec is refused before anything
 * is stored or started.
 *
 * @param specBytes size of the spec file in UTF-8 bytes
 * @param lineLength characters of one line (not for JSON, which is often written on one
 * line and read by a linear parser)
 * @param entities entities of the domain
 * @param fieldsPerEntity fields of one entity
 * @param relationships relationships of the domain
 * @param enums enumerations of the domain
 * @param enumValues values of one enumeration
 * @param documentationLength characters of one description, documentation comment,
 * objective, use case, assumption or open question
 */
@ConfigurationProperties("scaffold.limits")
public record SpecLimits(@DefaultValue("1048576") long specBytes, @DefaultValue("10000") int lineLength,
        @DefaultValue("200") int entities, @DefaultValue("100") int fieldsPerEntity,
        @DefaultValue("500") int relationships, @DefaultValue("100") int enums, @DefaultValue("200") int enumValues,
        @DefaultValue("10000") int documentationLength) {

    /**
     * The defaults above, for readers created outside Spring (the CLI's first check,
     * tests).
     */
    public static final SpecLimits DEFAULTS = new Binder().bindOrCreate("scaffold.limits",
            Bindable.of(SpecLimits.class));

    static final String PREFIX = "scaffold.limits.";

    /** Before reading a file: its size on disk. */
    void checkFileSize(String file, long bytes) {
        if (bytes > specBytes) {
            throw tooLarge(file, bytes);
        }
    }

    /** Before parsing: the UTF-8 size and, except for JSON, the length of every line. */
    void checkText(String file, String text, boolean json) {
        long bytes = 0;
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3; // a
                                                                                   // surrogate
                                                                                   // pair
                                                                                   // is 4
                                                                                   // bytes
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            }
            else if (!json && i - lineStart == lineLength) {
                throw new SpecLimitException(file, line, lineLength + 1, "line-length",
                        "line " + line + " is longer than " + lineLength + " characters",
                        "break the line up, or raise " + PREFIX + "line-length");
            }
        }
        if (bytes > specBytes) {
            throw tooLarge(file, bytes);
        }
    }

    /**
     * Before the declarations become a model (every later step grows with them): their
     * number, reported at the first declaration beyond a limit.
     */
    void checkDeclarations(String file, List<Draft.Entity> declaredEntities, List<Draft.EnumDecl> declaredEnums,
            List<Draft.Rel> declaredRelationships) {
        count(file, declaredEntities, entities, "entities", "entities", e -> e.location);
        count(file, declaredRelationships, relationships, "relationships", "relationships", r -> r.location);
        count(file, declaredEnums, enums, "enums", "enumerations", e -> e.location);
        for (Draft.Entity e : declaredEntities) {
            count(file, e.fields, fieldsPerEntity, "fields-per-entity",
                    "fields in entity " + DomainAssembler.shown(e.name), f -> f.location);
        }
        for (Draft.EnumDecl e : declaredEnums) {
            count(file, e.values, enumValues, "enum-values", "values in enum " + DomainAssembler.shown(e.name),
                    Draft.EnumValue::location);
        }
    }

    /** After parsing: the length of every text of the model. */
    void checkModel(String file, DomainModel model) {
        text(file, "the application description", model.description());
        for (List<String> texts : List.of(model.objectives(), model.useCases(), model.assumptions(),
                model.openQuestions())) {
            texts.forEach(t -> text(file, "'" + t.substring(0, Math.min(t.length(), 40)) + "...'", t));
        }
        for (Entity e : model.entities()) {
            text(file, "the documentation of entity " + e.name().original(), e.documentation());
            for (Field f : e.fields()) {
                text(file, "the documentation of " + e.name().original() + "." + f.name().original(),
                        f.documentation());
            }
        }
        for (EnumType e : model.enums()) {
            text(file, "the documentation of enum " + e.name().original(), e.documentation());
            e.values().forEach(v -> text(file, "label of " + e.name().original() + "." + v.constant(), v.label()));
        }
        for (Relationship r : model.relationships()) {
            text(file, "the documentation of relationship " + r.from() + " to " + r.to(), r.documentation());
        }
    }

    private SpecLimitException tooLarge(String file, long bytes) {
        return new SpecLimitException(file, 0, 0, "spec-bytes",
                "the spec has " + bytes + " bytes, more than the limit of " + specBytes,
                "split the domain into smaller specs, or raise " + PREFIX + "spec-bytes");
    }

    private static <T> void count(String file, List<T> declared, int limit, String key, String what,
            Function<T, Draft.Location> location) {
        if (declared.size() > limit) {
            Draft.Location at = location.apply(declared.get(limit));
            at = at == null ? Draft.Location.NONE : at;
            throw new SpecLimitException(file, at.line(), at.column(), key,
                    "the spec declares " + declared.size() + " " + what + ", more than the limit of " + limit,
                    "split the domain into smaller specs, or raise " + PREFIX + key);
        }
    }

    private void text(String file, String what, String text) {
        if (text != null && text.length() > documentationLength) {
            throw new SpecLimitException(file, 0, 0, "documentation-length",
                    what + " has " + text.length() + " characters, more than the limit of " + documentationLength,
                    "shorten it, or raise " + PREFIX + "documentation-length");
        }
    }
}
