package io.scaffold.orchestrator.spec;

import io.scaffold.orchestrator.domain.DomainModel;
import io.scaffold.orchestrator.domain.Relationship;
import io.scaffold.orchestrator.spec.JdlDocument.Named;
import io.scaffold.orchestrator.spec.JdlDocument.OptionStatement;
import io.scaffold.orchestrator.spec.JdlDocument.Selection;
import io.scaffold.orchestrator.spec.JdlLexer.Kind;
import io.scaffold.orchestrator.spec.JdlLexer.Token;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads JHipster Domain Language ({@code .jdl}, {@code .jh}) with a hand-written
 * recursive-descent parser over {@link JdlLexer} tokens.
 *
 * <p>
 * Grammar (informal): a file is a sequence of {@code entity}, {@code enum},
 * {@code relationship}, {@code application}, {@code deployment} blocks, option statements
 * ({@code paginate A, B with pagination}, {@code service * with serviceImpl except C},
 * {@code filter all}, ...) and constants ({@code MAX = 50}). Entities, fields and
 * relationships may carry documentation comments and annotations
 * ({@code @paginate(pagination)}). Fields are separated by commas or newlines.
 *
 * <p>
 * Features that the generated monolith does not apply (microservices, gateways,
 * deployments, search engines, client options, build and database settings other than
 * Maven/PostgreSQL) are parsed and listed in {@link DomainModel#ignoredFeatures()}. A
 * file with several applications yields the one chosen with
 * {@link SpecOptions#application()}, else the first monolith, else the first gateway,
 * with only the entities of its {@code entities} clause.
 */
public final class JdlParser {

    private static final Set<String> BLOCK_KEYWORDS = Set.of("entity", "enum", "relationship", "application",
            "deployment");

    /** Options followed by an entity selection only. */
    private static final Set<String> UNARY_OPTIONS = Set.of("filter", "skipClient", "skipServer", "readOnly",
            "noFluentMethod", "embedded");

    /** Options followed by an entity selection and {@code with <value>}. */
    private static final Set<String> BINARY_OPTIONS = Set.of("paginate", "dto", "service", "search", "angularSuffix",
            "clientRootFolder", "microservice");

    private static final Set<String> VALIDATIONS = Set.of("required", "unique", "min", "max", "minlength", "maxlength",
            "minbytes", "maxbytes", "pattern");

    private static final Map<String, Relationship.Kind> KINDS = Map.of("OneToOne", Relationship.Kind.ONE_TO_ONE,
            "OneToMany", Relationship.Kind.ONE_TO_MANY, "ManyToOne", Relationship.Kind.MANY_TO_ONE, "ManyToMany",
            Relationship.Kind.MANY_TO_MANY);

    private final SpecLimits limits;

    public JdlParser() {
        this(SpecLimits.DEFAULTS);
    }

    public JdlParser(SpecLimits limits) {
        this.limits = limits;
    }

    /** Parses a JDL file and builds the domain model of the chosen application. */
    public DomainModel parse(String file, String content, SpecOptions options) {
        JdlDocument document = new Reader(file, content).document();
        // before the selection, which applies every option statement to every entity
        limits.checkDeclarations(file, document.entities, document.enums, document.relationships);
        Draft draft = new JdlApplicationSelector(file, document)
            .select(options == null ? SpecOptions.DEFAULTS : options);
        draft.limits = limits;
        return DomainAssembler.assemble(draft);
    }

    /** One pass over the tokens of one file. */
    private static final class Reader {

        private final String file;

        private final List<Token> tokens;

        private final Map<String, BigDecimal> constants = new HashMap<>();

        private final JdlDocument document = new JdlDocument();

        private int index;

        Reader(String file, String content) {
            this.file = file;
            this.tokens = JdlLexer.tokenize(file, content);
            collectConstants();
        }

        /**
         * Constants may be used before they are declared, so they are collected first.
         */
        private void collectConstants() {
            for (int i = 0; i + 2 < tokens.size(); i++) {
                Token name = tokens.get(i);
                if (name.kind() == Kind.NAME && tokens.get(i + 1).is("=") && name.firstOnLine()) {
                    Token value = tokens.get(i + 2);
                    if (value.kind() != Kind.NUMBER) {
                        throw error(value, "constant " + name.text() + " must be a number, found " + value.shown(),
                                "write e.g. '" + name.text() + " = 50'");
                    }
                    constants.put(name.text(), decimal(value));
                }
            }
        }

        JdlDocument document() {
            while (peek().kind() != Kind.EOF) {
                topLevel();
            }
            return document;
        }

        private void topLevel() {
            Token start = peek();
            Map<String, Annotation> annotations = annotations();
            Token t = peek();
            if (t.kind() != Kind.NAME) {
                throw unexpectedTopLevel(t);
            }
            String doc = !start.doc().isEmpty() ? start.doc() : t.doc();
            switch (t.text()) {
                case "entity" -> entity(annotations, doc);
                case "enum" -> enumDecl(doc);
                case "relationship" -> relationship();
                case "application" -> application();
                case "deployment" -> deployment();
                default -> {
                    if (UNARY_OPTIONS.contains(t.text()) || BINARY_OPTIONS.contains(t.text())) {
                        document.options.add(option());
                    }
                    else if (peek(1).is("=")) {
                        index += 3; // constant, collected up front
                    }
                    else {
                        throw unexpectedTopLevel(t);
                    }
                }
            }
        }

        private SpecException unexpectedTopLevel(Token t) {
            return error(t, "unexpected " + t.shown() + " at the top level",
                    "start a declaration with entity, enum, relationship, application, deployment, an option "
                            + "(paginate, dto, service, filter, search, ...) or a constant (NAME = 42)");
        }

        // entity Name(table_name) { field Type validations* ... }
        private void entity(Map<String, Annotation> annotations, String doc) {
            expectName("entity");
            Token nameToken = expectKind(Kind.NAME, "an entity name after 'entity'",
                    "write e.g. 'entity Ticket { title String }'");
            Draft.Entity entity = new Draft.Entity(nameToken.text(), nameToken.location());
            entity.documentation = doc;
            if (peek().is("(")) {
                next();
                entity.tableName = expectKind(Kind.NAME, "a table name in 'entity " + entity.name + "(table_name)'",
                        "write the table name in parentheses, e.g. 'entity " + entity.name + "(my_table)'")
                    .text();
                expectSymbol(")", "to close the table name of entity " + entity.name, "add ')' after the table name");
            }
            applyEntityAnnotations(entity, annotations);
            document.entities.add(entity);
            if (!peek().is("{")) {
                return; // an entity without a body has no fields
            }
            Token open = next();
            while (true) {
                Token t = peek();
                if (t.is("}")) {
                    next();
                    return;
                }
                if (t.is(",")) {
                    next();
                    continue;
                }
                if (t.kind() == Kind.EOF || startsDeclaration(index)) {
                    throw error(t, "expected '}' to close entity " + entity.name + ", found " + t.shown(),
                            "add '}' after the last field of " + entity.name + " (its '{' is at line " + open.line()
                                    + ")");
                }
                entity.fields.add(field(entity));
            }
        }

        /**
         * Whether the token at {@code i} starts a top-level block or option rather than a
         * field.
         */
        private boolean startsDeclaration(int i) {
            Token t = tokens.get(i);
            if (t.kind() == Kind.NAME && BLOCK_KEYWORDS.contains(t.text())) {
                Token after = tokens.get(Math.min(i + 1, tokens.size() - 1));
                Token afterNext = tokens.get(Math.min(i + 2, tokens.size() - 1));
                return after.is("{") || (after.kind() == Kind.NAME && (afterNext.is("{") || afterNext.is("(")))
                        || KINDS.containsKey(after.text());
            }
            if (t.kind() == Kind.NAME && (UNARY_OPTIONS.contains(t.text()) || BINARY_OPTIONS.contains(t.text()))) {
                Token after = tokens.get(Math.min(i + 1, tokens.size() - 1));
                Token afterNext = tokens.get(Math.min(i + 2, tokens.size() - 1));
                return after.is("*") || afterNext.is("with") || afterNext.is(",") || afterNext.is("except");
            }
            return t.is("@");
        }

        private Draft.Field field(Draft.Entity entity) {
            Token first = peek();
            Map<String, Annotation> annotations = annotations();
            annotations.values()
                .forEach(a -> document.ignoredFeatures
                    .add("annotation @" + a.name + " on a field of " + entity.name + " (line " + a.token.line() + ")"));
            Token nameToken = expectKind(Kind.NAME, "a field name in entity " + entity.name,
                    "write fields as 'name Type', e.g. 'title String required'");
            Draft.Field field = new Draft.Field(nameToken.text(), nameToken.location());
            field.documentation = !first.doc().isEmpty() ? first.doc() : nameToken.doc();
            Token type = peek();
            if (type.kind() != Kind.NAME || type.line() != nameToken.line()) {
                throw error(type, "expected a type after field " + field.name + " of entity " + entity.name + ", found "
                        + type.shown(), "write the type on the same line, e.g. '" + field.name + " String'");
            }
            next();
            field.type = type.text();
            field.typeLocation = type.location();
            while (peek().kind() == Kind.NAME && !peek().firstOnLine()) {
                validation(entity, field);
            }
            return field;
        }

        private void validation(Draft.Entity entity, Draft.Field field) {
            Token v = next();
            String where = "field " + field.name + " of entity " + entity.name;
            if (!VALIDATIONS.contains(v.text())) {
                throw error(v, "unknown validation " + v.shown() + " on " + where, "use one of "
                        + String.join(", ", sorted(VALIDATIONS)) + ", or start the next field on a new line");
            }
            switch (v.text()) {
                case "required" -> field.required = true;
                case "unique" -> field.unique = true;
                case "pattern" -> {
                    expectSymbol("(", "after 'pattern'", "write pattern(/regex/)");
                    Token regex = next();
                    if (regex.kind() != Kind.REGEX && regex.kind() != Kind.STRING) {
                        throw error(regex,
                                "expected a /regex/ in pattern(...) of " + where + ", found " + regex.shown(),
                                "write pattern(/^[A-Z].*$/)");
                    }
                    field.pattern = regex.text();
                    expectSymbol(")", "to close pattern(...) of " + where, "add ')' after the closing '/'");
                }
                default -> {
                    expectSymbol("(", "after '" + v.text() + "'", "write " + v.text() + "(10)");
                    BigDecimal value = number(where, v.text());
                    expectSymbol(")", "to close " + v.text() + "(...) of " + where, "add ')' after the value");
                    if (field.rangeLocation == null) {
                        field.rangeLocation = v.location();
                    }
                    switch (v.text()) {
                        case "min" -> field.min = value;
                        case "max" -> field.max = value;
                        case "minlength", "minbytes" -> field.minLength = value;
                        default -> field.maxLength = value;
                    }
                }
            }
        }

        private BigDecimal number(String where, String validation) {
            Token t = next();
            if (t.kind() == Kind.NUMBER) {
                return decimal(t);
            }
            if (t.kind() == Kind.NAME) {
                BigDecimal constant = constants.get(t.text());
                if (constant == null) {
                    throw error(t, "unknown constant '" + t.text() + "' in " + validation + "(...) of " + where,
                            "declare it at the top level, e.g. '" + t.text() + " = 50', or write a number");
                }
                return constant;
            }
            throw error(t, "expected a number in " + validation + "(...) of " + where + ", found " + t.shown(),
                    "write e.g. " + validation + "(10)");
        }

        /**
         * A number token as written; the lexer takes any run of digits and dots, so
         * {@code 1.2.3} arrives here.
         */
        private BigDecimal decimal(Token t) {
            try {
                return new BigDecimal(t.text());
            }
            catch (NumberFormatException e) {
                throw error(t, "'" + DomainAssembler.shown(t.text()) + "' is not a number",
                        "write a whole or decimal number, e.g. 10 or 2.5");
            }
        }

        // enum Name { A, B("Label") C(label) }
        private void enumDecl(String doc) {
            expectName("enum");
            Token nameToken = expectKind(Kind.NAME, "an enum name after 'enum'",
                    "write e.g. 'enum Status { OPEN, CLOSED }'");
            Draft.EnumDecl decl = new Draft.EnumDecl(nameToken.text(), nameToken.location());
            decl.documentation = doc;
            Token open = expectSymbol("{", "after 'enum " + decl.name + "'",
                    "list the values in braces: enum " + decl.name + " { A, B }");
            while (true) {
                Token t = peek();
                if (t.is("}")) {
                    next();
                    break;
                }
                if (t.is(",")) {
                    next();
                    continue;
                }
                if (t.kind() != Kind.NAME || startsDeclaration(index)) {
                    throw error(t, "expected an enum value or '}' to close enum " + decl.name + ", found " + t.shown(),
                            "add '}' after the last value of " + decl.name + " (its '{' is at line " + open.line()
                                    + ")");
                }
                next();
                String label = null;
                if (peek().is("(")) {
                    next();
                    Token labelToken = next();
                    if (labelToken.kind() != Kind.NAME && labelToken.kind() != Kind.STRING
                            && labelToken.kind() != Kind.NUMBER) {
                        throw error(labelToken,
                                "expected a label for " + decl.name + "." + t.text() + ", found " + labelToken.shown(),
                                "write the label in quotes, e.g. " + t.text() + "(\"Label\")");
                    }
                    label = labelToken.text();
                    expectSymbol(")", "to close the label of " + decl.name + "." + t.text(), "add ')' after the label");
                }
                decl.values.add(new Draft.EnumValue(t.text(), label, t.location()));
            }
            document.enums.add(decl);
        }

        // relationship Kind { A{field(display) required} to B{field} with builtInEntity,
        // ... }
        private void relationship() {
            expectName("relationship");
            Token kindToken = expectKind(Kind.NAME, "a relationship kind after 'relationship'",
                    "write one of OneToOne, OneToMany, ManyToOne, ManyToMany");
            Relationship.Kind kind = KINDS.get(kindToken.text());
            if (kind == null) {
                throw error(kindToken, "unknown relationship kind " + kindToken.shown(),
                        "write one of OneToOne, OneToMany, ManyToOne, ManyToMany");
            }
            Token open = expectSymbol("{", "after 'relationship " + kindToken.text() + "'",
                    "write relationship " + kindToken.text() + " { A to B }");
            while (true) {
                Token t = peek();
                if (t.is("}")) {
                    next();
                    return;
                }
                if (t.is(",")) {
                    next();
                    continue;
                }
                if (t.kind() == Kind.EOF || (t.kind() == Kind.NAME && startsDeclaration(index))) {
                    throw error(t, "expected '}' to close relationship " + kindToken.text() + ", found " + t.shown(),
                            "add '}' after the last relationship (the '{' is at line " + open.line() + ")");
                }
                document.relationships.add(relationshipLine(kind));
            }
        }

        private Draft.Rel relationshipLine(Relationship.Kind kind) {
            Token first = peek();
            annotations().values()
                .forEach(a -> document.ignoredFeatures
                    .add("relationship annotation @" + a.name + " (line " + a.token.line() + ")"));
            Token fromToken = expectKind(Kind.NAME, "an entity name on the left of a relationship",
                    "write e.g. 'Ticket{project(name)} to Project'");
            Draft.Rel rel = new Draft.Rel(kind, fromToken.location());
            rel.documentation = !first.doc().isEmpty() ? first.doc() : fromToken.doc();
            rel.from = fromToken.text();
            if (peek().is("{")) {
                Side side = side(rel.from);
                rel.fromField = side.field;
                rel.displayField = side.display;
                rel.fromRequired = side.required;
            }
            Token to = peek();
            if (!to.is("to")) {
                throw error(to, "expected 'to' after " + rel.from + " in a relationship, found " + to.shown(),
                        "write '" + rel.from + " to OtherEntity'");
            }
            next();
            annotations();
            Token toToken = expectKind(Kind.NAME, "an entity name after 'to'",
                    "write e.g. '" + rel.from + " to Project'");
            rel.to = toToken.text();
            rel.toLocation = toToken.location();
            if (peek().is("{")) {
                Side side = side(rel.to);
                rel.toField = side.field;
                rel.toRequired = side.required;
            }
            while (peek().is("with")) {
                next();
                Token w = expectKind(Kind.NAME, "builtInEntity or jpaDerivedIdentifier after 'with'",
                        "write 'with builtInEntity' or 'with jpaDerivedIdentifier'");
                switch (w.text()) {
                    case "builtInEntity" -> rel.builtInTarget = true;
                    case "jpaDerivedIdentifier" -> document.ignoredFeatures.add("jpaDerivedIdentifier on " + rel.from
                            + " to " + rel.to + " (line " + w.line() + "): the generated entities keep their own id");
                    default -> throw error(w, "unknown relationship option " + w.shown(),
                            "write 'with builtInEntity' or 'with jpaDerivedIdentifier'");
                }
            }
            return rel;
        }

        private record Side(String field, String display, boolean required) {
        }

        private Side side(String entity) {
            next();
            Token field = expectKind(Kind.NAME, "a field name in " + entity + "{...}",
                    "write e.g. " + entity + "{project(name)}");
            String display = null;
            if (peek().is("(")) {
                next();
                display = expectKind(Kind.NAME, "a display field in " + entity + "{" + field.text() + "(...)}",
                        "write e.g. " + entity + "{" + field.text() + "(name)}")
                    .text();
                expectSymbol(")", "to close the display field of " + entity + "{" + field.text() + "}", "add ')'");
            }
            boolean required = false;
            if (peek().is("required")) {
                next();
                required = true;
            }
            expectSymbol("}", "to close " + entity + "{" + field.text() + "}", "add '}' after the field name");
            return new Side(field.text(), display, required);
        }

        // application { config { key value ... } entities A, B except C <options> }
        private void application() {
            Token keyword = expectName("application");
            JdlDocument.Application app = new JdlDocument.Application(keyword.location());
            Token open = expectSymbol("{", "after 'application'",
                    "write application { config { baseName myapp } entities * }");
            while (true) {
                Token t = peek();
                if (t.is("}")) {
                    next();
                    break;
                }
                if (t.kind() == Kind.EOF) {
                    throw error(t, "expected '}' to close the application block, found end of file",
                            "add '}' (the '{' is at line " + open.line() + ")");
                }
                switch (t.text()) {
                    case "config" -> {
                        next();
                        keyValues("config", app.config, app.configLocations);
                    }
                    case "entities" -> {
                        next();
                        app.entities = selection("entities");
                    }
                    case "use" -> {
                        next();
                        document.ignoredFeatures.add("application 'use' clause (line " + t.line() + ")");
                        while ((peek().kind() == Kind.NAME || peek().is(",")) && !peek().firstOnLine()) {
                            next();
                        }
                    }
                    default -> {
                        if (UNARY_OPTIONS.contains(t.text()) || BINARY_OPTIONS.contains(t.text())) {
                            app.options.add(option());
                        }
                        else {
                            throw error(t, "unexpected " + t.shown() + " in an application block",
                                    "an application holds 'config { ... }', 'entities ...' and options such as 'dto * with mapstruct'");
                        }
                    }
                }
            }
            document.applications.add(app);
        }

        private void deployment() {
            Token keyword = expectName("deployment");
            Map<String, String> values = new java.util.LinkedHashMap<>();
            keyValues("deployment", values, new HashMap<>());
            document.ignoredFeatures.add("deployment " + values.getOrDefault("deploymentType", "") + " (line "
                    + keyword.line() + "): the generated project ships its own compose and Kubernetes files");
        }

        /** {@code { key value, key [a, b], key "text" }} */
        private void keyValues(String block, Map<String, String> into, Map<String, Draft.Location> locations) {
            Token open = expectSymbol("{", "after '" + block + "'", "write " + block + " { key value }");
            while (true) {
                Token key = peek();
                if (key.is("}")) {
                    next();
                    return;
                }
                if (key.is(",")) {
                    next();
                    continue;
                }
                if (key.kind() != Kind.NAME) {
                    throw error(key, "expected a setting name or '}' to close " + block + ", found " + key.shown(),
                            "write settings as 'name value', one per line, and close with '}' (opened at line "
                                    + open.line() + ")");
                }
                next();
                Token value = peek();
                String text;
                if (value.is("[")) {
                    next();
                    List<String> items = new ArrayList<>();
                    while (!peek().is("]")) {
                        Token item = next();
                        if (item.kind() == Kind.EOF) {
                            throw error(item, "expected ']' to close the list of " + key.text(), "add ']'");
                        }
                        if (!item.is(",")) {
                            items.add(item.text());
                        }
                    }
                    next();
                    text = String.join(", ", items);
                }
                else if (value.kind() == Kind.NAME || value.kind() == Kind.STRING || value.kind() == Kind.NUMBER) {
                    next();
                    text = value.text();
                }
                else {
                    throw error(value,
                            "expected a value for " + key.text() + " in " + block + ", found " + value.shown(),
                            "write '" + key.text() + " value'");
                }
                into.put(key.text(), text);
                locations.put(key.text(), key.location());
            }
        }

        // paginate A, B with pagination except C
        private OptionStatement option() {
            Token keyword = next();
            Selection selection = selection(keyword.text());
            String value = null;
            if (peek().is("with")) {
                next();
                value = expectKind(Kind.NAME, "a value after '" + keyword.text() + " ... with'",
                        "write e.g. 'paginate * with pagination'")
                    .text();
            }
            else if (BINARY_OPTIONS.contains(keyword.text())) {
                throw error(peek(), "expected 'with' in '" + keyword.text() + "', found " + peek().shown(),
                        "write e.g. '" + keyword.text() + " * with " + exampleValue(keyword.text()) + "'");
            }
            if (peek().is("except")) {
                next();
                Selection except = selection("except");
                selection = new Selection(selection.all(), selection.names(), except.names());
            }
            return new OptionStatement(keyword.text(), selection, value, keyword.location());
        }

        private static String exampleValue(String option) {
            return switch (option) {
                case "paginate" -> "pagination";
                case "dto" -> "mapstruct";
                case "service" -> "serviceImpl";
                case "search" -> "elasticsearch";
                default -> "value";
            };
        }

        /**
         * {@code *}, {@code all}, or {@code A, B, C}, with an optional
         * {@code except D, E}.
         */
        private Selection selection(String after) {
            if (peek().is("*") || peek().is("all")) {
                next();
                List<Named> except = List.of();
                if (peek().is("except")) {
                    next();
                    except = selection("except").names();
                }
                return new Selection(true, List.of(), except);
            }
            List<Named> names = new ArrayList<>();
            do {
                if (peek().is(",")) {
                    next();
                }
                Token name = expectKind(Kind.NAME, "an entity name, '*' or 'all' after '" + after + "'",
                        "write e.g. '" + after + " *' or '" + after + " A, B'");
                names.add(new Named(name.text(), name.location()));
            }
            while (peek().is(","));
            List<Named> except = List.of();
            if (peek().is("except")) {
                next();
                except = selection("except").names();
            }
            return new Selection(false, names, except);
        }

        private record Annotation(String name, String value, Token token) {
        }

        private Map<String, Annotation> annotations() {
            Map<String, Annotation> annotations = new java.util.LinkedHashMap<>();
            while (peek().is("@")) {
                Token at = next();
                Token name = expectKind(Kind.NAME, "an annotation name after '@'", "write e.g. @paginate(pagination)");
                String value = null;
                if (peek().is("(")) {
                    next();
                    Token v = next();
                    if (v.kind() == Kind.SYMBOL || v.kind() == Kind.EOF) {
                        throw error(v, "expected a value in @" + name.text() + "(...), found " + v.shown(),
                                "write e.g. @" + name.text() + "(value)");
                    }
                    value = v.text();
                    expectSymbol(")", "to close @" + name.text() + "(...)", "add ')'");
                }
                annotations.put(name.text().toLowerCase(Locale.ROOT), new Annotation(name.text(), value, at));
            }
            return annotations;
        }

        /** Entity annotations are the per-entity form of the option statements. */
        private void applyEntityAnnotations(Draft.Entity entity, Map<String, Annotation> annotations) {
            for (Annotation a : annotations.values()) {
                String key = a.name.toLowerCase(Locale.ROOT);
                String option = switch (key) {
                    case "paginate", "dto", "service", "search", "filter", "readonly", "skipclient", "skipserver",
                            "angularsuffix", "clientrootfolder", "microservice", "embedded", "nofluentmethod" ->
                        key;
                    default -> null;
                };
                if (key.equals("changelogdate")) {
                    continue; // Liquibase bookkeeping of JHipster: meaningless for a new
                              // project
                }
                if (option == null) {
                    document.ignoredFeatures
                        .add("annotation @" + a.name + " on entity " + entity.name + " (line " + a.token.line() + ")");
                    continue;
                }
                String canonical = switch (option) {
                    case "readonly" -> "readOnly";
                    case "skipclient" -> "skipClient";
                    case "skipserver" -> "skipServer";
                    case "angularsuffix" -> "angularSuffix";
                    case "clientrootfolder" -> "clientRootFolder";
                    case "nofluentmethod" -> "noFluentMethod";
                    default -> option;
                };
                String value = a.value;
                if (value == null && BINARY_OPTIONS.contains(canonical)) {
                    throw error(a.token, "annotation @" + a.name + " on entity " + entity.name + " needs a value",
                            "write e.g. @" + a.name + "(" + exampleValue(canonical) + ")");
                }
                document.options.add(new OptionStatement(canonical,
                        new Selection(false, List.of(new Named(entity.name, entity.location)), List.of()), value,
                        a.token.location()));
            }
        }

        private Token peek() {
            return peek(0);
        }

        private Token peek(int ahead) {
            return tokens.get(Math.min(index + ahead, tokens.size() - 1));
        }

        private Token next() {
            Token t = peek();
            if (index < tokens.size() - 1) {
                index++;
            }
            return t;
        }

        private Token expectName(String keyword) {
            Token t = next();
            if (!t.is(keyword)) {
                throw error(t, "expected '" + keyword + "', found " + t.shown(), "write '" + keyword + "'");
            }
            return t;
        }

        private Token expectKind(Kind kind, String what, String howToFix) {
            Token t = peek();
            if (t.kind() != kind) {
                throw error(t, "expected " + what + ", found " + t.shown(), howToFix);
            }
            return next();
        }

        private Token expectSymbol(String symbol, String context, String howToFix) {
            Token t = peek();
            if (!t.is(symbol)) {
                throw error(t, "expected '" + symbol + "' " + context + ", found " + t.shown(), howToFix);
            }
            return next();
        }

        private SpecException error(Token at, String problem, String howToFix) {
            return new SpecException(file, at.line(), at.column(), problem, howToFix);
        }

        private static List<String> sorted(Set<String> values) {
            return values.stream().sorted().toList();
        }

    }

}
