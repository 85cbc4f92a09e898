package io.scaffold.orchestrator.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a JDL file declares, before an application is chosen. Filled by
 * {@link JdlParser}.
 */
final class JdlDocument {

    final List<Draft.Entity> entities = new ArrayList<>();

    final List<Draft.EnumDecl> enums = new ArrayList<>();

    final List<Draft.Rel> relationships = new ArrayList<>();

    final List<OptionStatement> options = new ArrayList<>();

    final List<Application> applications = new ArrayList<>();

    final List<String> ignoredFeatures = new ArrayList<>();

    /** A name as written, with where it was written. */
    record Named(String name, Draft.Location location) {
    }

    /**
     * Which entities a statement applies to: {@code *}/{@code all} or a list, minus
     * {@code except}.
     */
    record Selection(boolean all, List<Named> names, List<Named> except) {
        boolean includes(String entity) {
            boolean listed = all || names.stream().anyMatch(n -> n.name().equals(entity));
            return listed && except.stream().noneMatch(n -> n.name().equals(entity));
        }
    }

    /** {@code paginate A, B with pagination}, {@code filter *}, ... */
    record OptionStatement(String option, Selection selection, String value, Draft.Location location) {
    }

    static final class Application {

        final Draft.Location location;

        /** Config key → value as written (lists joined with ", "). */
        final Map<String, String> config = new LinkedHashMap<>();

        final Map<String, Draft.Location> configLocations = new LinkedHashMap<>();

        Selection entities;

        final List<OptionStatement> options = new ArrayList<>();

        Application(Draft.Location location) {
            this.location = location;
        }

        String baseName() {
            return config.get("baseName");
        }

        String type() {
            return config.getOrDefault("applicationType", "monolith");
        }

    }

}
