package io.scaffold.orchestrator.spec;

import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.EntityOptions;
import io.scaffold.orchestrator.domain.Relationship;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What a reader extracted from one input, still with the input's locations and unresolved
 * type names. Every reader (JDL, YAML/JSON, free text) fills one; {@link DomainAssembler}
 * checks it and turns it into a {@link DomainModel}, so the semantic rules and their
 * messages are the same for every format.
 */
final class Draft {

    /** 1-based position in the input; {@link #NONE} when the input has no positions. */
    record Location(int line, int column) {
        static final Location NONE = new Location(0, 0);

    }

    final String file;

    final DomainModel.Source.Format format;

    String name;

    String basePackage;

    String description = "";

    final List<Entity> entities = new ArrayList<>();

    final List<EnumDecl> enums = new ArrayList<>();

    final List<Rel> relationships = new ArrayList<>();

    final List<String> objectives = new ArrayList<>();

    final List<String> useCases = new ArrayList<>();

    final List<String> assumptions = new ArrayList<>();

    final List<String> openQuestions = new ArrayList<>();

    final List<String> ignoredFeatures = new ArrayList<>();

    /** What the assembler checks the declarations against before it builds anything. */
    SpecLimits limits = SpecLimits.DEFAULTS;

    Draft(String file, DomainModel.Source.Format format) {
        this.file = file;
        this.format = format;
    }

    static final class Entity {

        final String name;

        final Location location;

        String tableName;

        String documentation = "";

        final List<Field> fields = new ArrayList<>();

        EntityOptions.Pagination pagination = EntityOptions.Pagination.NONE;

        boolean dto;

        boolean service;

        boolean serviceImpl;

        boolean filter;

        boolean search;

        boolean readOnly;

        Entity(String name, Location location) {
            this.name = name;
            this.location = location;
        }

        EntityOptions options() {
            return new EntityOptions(pagination, dto, service, serviceImpl, filter, search, readOnly);
        }

    }

    static final class Field {

        final String name;

        final Location location;

        String type;

        Location typeLocation;

        String documentation = "";

        boolean required;

        boolean unique;

        BigDecimal min;

        BigDecimal max;

        /**
         * Wider than the model's Integer, so that an out-of-range value is refused rather
         * than wrapped.
         */
        BigDecimal minLength;

        BigDecimal maxLength;

        String pattern;

        /**
         * Where the first of min/max or minlength/maxlength was given, for range errors.
         */
        Location rangeLocation;

        Field(String name, Location location) {
            this.name = name;
            this.location = location;
        }

    }

    static final class EnumDecl {

        final String name;

        final Location location;

        String documentation = "";

        final List<EnumValue> values = new ArrayList<>();

        EnumDecl(String name, Location location) {
            this.name = name;
            this.location = location;
        }

    }

    record EnumValue(String name, String label, Location location) {
    }

    static final class Rel {

        final Relationship.Kind kind;

        final Location location;

        String from;

        String fromField;

        String displayField;

        boolean fromRequired;

        String to;

        Location toLocation;

        String toField;

        boolean toRequired;

        boolean builtInTarget;

        String documentation = "";

        Rel(Relationship.Kind kind, Location location) {
            this.kind = kind;
            this.location = location;
        }

    }

}
