package io.scaffold.orchestrator.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds {@link Name}s: every form of a name the generators need, made safe once so that
 * no generated Java or SQL ever has to quote or escape anything.
 *
 * <h2>Words</h2> The original is split into words at spaces, {@code _}, {@code -}, any
 * other non letter/digit, at a lower-to-upper case change ({@code dueDate}) and at the
 * end of an acronym ({@code HTTPServer} is {@code HTTP Server}, {@code httpURL} is
 * {@code http URL}). Digits stay with the word they follow ({@code address2}). A name
 * must start with a letter.
 *
 * <h2>Forms</h2>
 * <ul>
 * <li>{@code className}: PascalCase, acronyms lowered ({@code HttpUrl}).</li>
 * <li>{@code fieldName}: camelCase ({@code dueDate}).</li>
 * <li>{@code plural}: camelCase with the last word pluralised in English
 * ({@link #pluralize(String)}).</li>
 * <li>{@code sqlName}: snake_case; for entities the plural table name
 * ({@code bank_accounts}), for fields the column name ({@code due_date}), for enums the
 * singular type name.</li>
 * <li>{@code pathSegment}: kebab-case plural ({@code bank-accounts}).</li>
 * <li>{@code label}: Title Case words, acronyms kept ({@code Http URL}).</li>
 * </ul>
 *
 * <h2>Reserved words</h2>
 * <ul>
 * <li>A field whose camelCase name is a Java keyword, literal or restricted identifier
 * ({@code class}, {@code default}, {@code package}, {@code true}, {@code var},
 * {@code record}, ...) gets the word {@code Value} appended: {@code defaultValue}, column
 * {@code default_value}.</li>
 * <li>An entity (or enum) whose class name would clash with a {@code java.lang} type, a
 * type the generated code commonly imports ({@code List}, {@code Page}, {@code Instant},
 * {@code UUID}, the JPA {@code Entity}/{@code Table}/{@code Column}/{@code Id}
 * annotations, ...) or whose lower-cased name is a Java keyword gets the suffix
 * {@code Entity} ({@code ClassEntity}); enums get {@code Type} ({@code ProcessType}). Its
 * camelCase variable name follows the class name when it would be a keyword
 * ({@code classEntity}); table, path and label keep the original words
 * ({@code classes}).</li>
 * <li>A column name that is a PostgreSQL reserved key word (the "reserved" entries of the
 * PostgreSQL 17 key word appendix: {@code order}, {@code group}, {@code user},
 * {@code from}, {@code to}, ...) gets the suffix {@code _value} ({@code order_value}).
 * Table names are plural, which avoids most clashes ({@code user} becomes {@code users});
 * one that is still reserved ({@code references}) gets the suffix {@code _table}.</li>
 * </ul>
 */
public final class Names {

    /**
     * Java keywords, literals and contextual keywords (JLS 3.9). Some contextual ones are
     * legal variable names, but generated code never uses them, so that no reader or tool
     * trips over them.
     */
    static final Set<String> JAVA_RESERVED = Set.of("abstract", "assert", "boolean", "break", "byte", "case", "catch",
            "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final",
            "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long",
            "native", "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile",
            "while", "true", "false", "null", "var", "yield", "record", "sealed", "permits", "when", "_");

    /**
     * Type names an entity class must not take: java.lang types (imported implicitly) and
     * the types the generated code imports (collections, paging, time, JPA and Spring
     * stereotypes).
     */
    static final Set<String> CLASHING_TYPES = Set.of(
            // java.lang
            "Appendable", "AutoCloseable", "Boolean", "Byte", "CharSequence", "Character", "Class", "ClassLoader",
            "Cloneable", "Comparable", "Deprecated", "Double", "Enum", "Error", "Exception", "Float",
            "FunctionalInterface", "Integer", "Iterable", "Long", "Math", "Module", "Number", "Object", "Override",
            "Package", "Process", "ProcessBuilder", "Readable", "Record", "Runnable", "Runtime", "SafeVarargs", "Short",
            "StackWalker", "StrictMath", "String", "StringBuffer", "StringBuilder", "SuppressWarnings", "System",
            "Thread", "ThreadLocal", "Throwable", "Void",
            // java.util, java.math, java.time
            "Collection", "List", "Map", "Set", "Optional", "UUID", "Objects", "BigDecimal", "BigInteger", "Instant",
            "LocalDate", "LocalTime", "LocalDateTime", "ZonedDateTime", "Duration",
            // Spring Data, JPA, Spring stereotypes
            "Page", "Pageable", "Sort", "Entity", "Table", "Column", "Id", "Version", "Repository", "Service",
            "Component", "Transactional");

    /**
     * PostgreSQL 17 key words marked "reserved" (also those that "can be function or
     * type"), lower case.
     */
    static final Set<String> POSTGRES_RESERVED = Set.of("all", "analyse", "analyze", "and", "any", "array", "as", "asc",
            "asymmetric", "authorization", "binary", "both", "case", "cast", "check", "collate", "collation", "column",
            "concurrently", "constraint", "create", "cross", "current_catalog", "current_date", "current_role",
            "current_schema", "current_time", "current_timestamp", "current_user", "default", "deferrable", "desc",
            "distinct", "do", "else", "end", "except", "false", "fetch", "for", "foreign", "freeze", "from", "full",
            "grant", "group", "having", "ilike", "in", "initially", "inner", "intersect", "into", "is", "isnull",
            "join", "lateral", "leading", "left", "like", "limit", "localtime", "localtimestamp", "natural", "not",
            "notnull", "null", "offset", "on", "only", "or", "order", "outer", "overlaps", "placing", "primary",
            "references", "returning", "right", "select", "session_user", "similar", "some", "symmetric", "system_user",
            "table", "tablesample", "then", "to", "trailing", "true", "union", "unique", "user", "using", "variadic",
            "verbose", "when", "where", "window", "with");

    private static final Set<String> UNCOUNTABLE = Set.of("sheep", "series", "species", "fish", "deer", "moose",
            "aircraft", "offspring", "news", "information", "equipment", "software", "hardware", "feedback", "metadata",
            "data", "staff", "money", "rice", "music", "luggage", "baggage", "furniture", "inventory", "stock",
            "media");

    private static final Map<String, String> IRREGULAR = Map.ofEntries(Map.entry("person", "people"),
            Map.entry("child", "children"), Map.entry("man", "men"), Map.entry("woman", "women"),
            Map.entry("mouse", "mice"), Map.entry("goose", "geese"), Map.entry("foot", "feet"),
            Map.entry("tooth", "teeth"), Map.entry("ox", "oxen"), Map.entry("leaf", "leaves"),
            Map.entry("life", "lives"), Map.entry("knife", "knives"), Map.entry("wife", "wives"),
            Map.entry("half", "halves"), Map.entry("shelf", "shelves"), Map.entry("thief", "thieves"),
            Map.entry("wolf", "wolves"), Map.entry("calf", "calves"), Map.entry("loaf", "loaves"),
            Map.entry("criterion", "criteria"), Map.entry("phenomenon", "phenomena"), Map.entry("datum", "data"),
            Map.entry("matrix", "matrices"), Map.entry("vertex", "vertices"), Map.entry("quiz", "quizzes"),
            Map.entry("hero", "heroes"), Map.entry("potato", "potatoes"), Map.entry("tomato", "tomatoes"),
            Map.entry("echo", "echoes"), Map.entry("veto", "vetoes"), Map.entry("cactus", "cacti"),
            Map.entry("syllabus", "syllabi"), Map.entry("axis", "axes"));

    private static final Set<String> IRREGULAR_PLURALS = Set.copyOf(IRREGULAR.values());

    /**
     * PostgreSQL truncates longer identifiers, which could make two constraint names
     * collide.
     */
    private static final int MAX_SQL_IDENTIFIER = 63;

    private Names() {
    }

    /** Names of an entity; the table name is the snake_case plural of its name. */
    public static Name entity(String original) {
        return entity(original, null);
    }

    /**
     * Names of an entity with an explicit table name (JDL
     * {@code entity Order(purchase_order)}), or the derived one when {@code tableName} is
     * null. An explicit table name is still checked against the PostgreSQL reserved
     * words.
     */
    public static Name entity(String original, String tableName) {
        List<String> words = words(original);
        String className = pascal(words);
        boolean clashes = CLASHING_TYPES.contains(className)
                || JAVA_RESERVED.contains(String.join("", words).toLowerCase(Locale.ROOT));
        if (clashes) {
            className = className + "Entity";
        }
        String fieldName = camel(words);
        if (JAVA_RESERVED.contains(fieldName)) {
            fieldName = Character.toLowerCase(className.charAt(0)) + className.substring(1);
        }
        String plural = safeJava(camel(pluralWords(words)), "Value");
        String table = tableName != null && !tableName.isBlank() ? tableName.toLowerCase(Locale.ROOT)
                : snake(pluralWords(words));
        if (POSTGRES_RESERVED.contains(table)) {
            table = table + "_table";
        }
        return new Name(original, className, fieldName, plural, table, kebab(pluralWords(words)), label(words));
    }

    /** Names of a field; the SQL name is its column name. */
    public static Name field(String original) {
        List<String> words = words(original);
        if (JAVA_RESERVED.contains(camel(words))) {
            words = append(words, "Value");
        }
        String column = snake(words);
        if (POSTGRES_RESERVED.contains(column)) {
            column = column + "_value";
        }
        List<String> plural = pluralWords(words);
        return new Name(original, pascal(words), camel(words), safeJava(camel(plural), "Value"), column, kebab(plural),
                label(words(original)));
    }

    /** Names of an enumeration; the SQL name is the singular snake_case type name. */
    public static Name enumType(String original) {
        List<String> words = words(original);
        String className = pascal(words);
        if (CLASHING_TYPES.contains(className)
                || JAVA_RESERVED.contains(String.join("", words).toLowerCase(Locale.ROOT))) {
            className = className + "Type";
        }
        String fieldName = camel(words);
        if (JAVA_RESERVED.contains(fieldName)) {
            fieldName = Character.toLowerCase(className.charAt(0)) + className.substring(1);
        }
        String sql = snake(words);
        if (POSTGRES_RESERVED.contains(sql)) {
            sql = sql + "_type";
        }
        List<String> plural = pluralWords(words);
        return new Name(original, className, fieldName, safeJava(camel(plural), "Value"), sql, kebab(plural),
                label(words));
    }

    /**
     * A Java enum constant in UPPER_SNAKE case, e.g. {@code inProgress} →
     * {@code IN_PROGRESS}.
     */
    public static String enumConstant(String original) {
        return words(original).stream().map(w -> w.toUpperCase(Locale.ROOT)).collect(Collectors.joining("_"));
    }

    /**
     * kebab-case for any name, e.g. an application name: {@code HealthPoints} →
     * {@code health-points}.
     */
    public static String kebabCase(String original) {
        return kebab(words(original));
    }

    /**
     * camelCase for any name, e.g. a navigation field defaulted from an entity name:
     * {@code BankAccount} → {@code bankAccount}.
     */
    public static String lowerCamel(String original) {
        return camel(words(original));
    }

    /**
     * snake_case for any name, split into words as {@link Name}s are: {@code dueDate} →
     * {@code due_date}, {@code HTTPServer} → {@code http_server}, {@code bank-Account} →
     * {@code bank_account}.
     */
    public static String snakeCase(String original) {
        return snake(split(original));
    }

    /**
     * A navigation field the generator adds (the inverse side of a one-to-many
     * relationship), named {@code fieldName} and typed by the entity {@code type}.
     */
    public static Name navigationField(String fieldName, Name type) {
        String column = snakeCase(fieldName);
        return new Name(fieldName, type.className(), fieldName, fieldName + "s", column, column.replace('_', '-'),
                type.label());
    }

    /**
     * A PostgreSQL identifier, shortened deterministically (with a hash suffix) past 63
     * characters.
     */
    public static String sqlIdentifier(String name) {
        if (name.length() <= MAX_SQL_IDENTIFIER) {
            return name;
        }
        String hash = Integer.toHexString(name.hashCode() & 0x7fffffff);
        return name.substring(0, MAX_SQL_IDENTIFIER - hash.length() - 1) + "_" + hash;
    }

    /**
     * Class name prefix of a generated application: {@code BugTracker} for
     * {@code bug-tracker}; the case inside each part is kept ({@code myAPI} →
     * {@code MyAPI}), and {@code App} is put in front when the result would not start a
     * Java identifier.
     */
    public static String applicationClassPrefix(String applicationName) {
        StringBuilder out = new StringBuilder();
        for (String part : applicationName.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        String prefix = out.toString();
        return prefix.isEmpty() || !Character.isJavaIdentifierStart(prefix.charAt(0)) ? "App" + prefix : prefix;
    }

    /**
     * Human title of a generated application, e.g. {@code Bug Tracker} for
     * {@code bug-tracker}.
     */
    public static String applicationTitle(String applicationName) {
        return applicationClassPrefix(applicationName).replaceAll("([a-z0-9])([A-Z])", "$1 $2");
    }

    /**
     * Database, user and container name of a generated application, e.g.
     * {@code bug_tracker} for {@code bug-tracker}.
     */
    public static String databaseName(String applicationName) {
        return applicationName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }

    /**
     * English plural of one lower-case word: uncountables unchanged ({@code sheep},
     * {@code series}), irregulars ({@code person} → {@code people}, {@code leaf} →
     * {@code leaves}), words that already look plural kept ({@code orders},
     * {@code categories}), {@code -sis} → {@code -ses}, consonant + {@code y} →
     * {@code -ies}, {@code s/x/z/ch/sh} → {@code +es}, otherwise {@code +s}.
     */
    public static String pluralize(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (UNCOUNTABLE.contains(w) || IRREGULAR_PLURALS.contains(w)) {
            return w;
        }
        if (IRREGULAR.containsKey(w)) {
            return IRREGULAR.get(w);
        }
        if (looksPlural(w)) {
            return w;
        }
        if (w.endsWith("sis")) {
            return w.substring(0, w.length() - 2) + "es";
        }
        if (w.endsWith("y") && w.length() > 1 && !isVowel(w.charAt(w.length() - 2))) {
            return w.substring(0, w.length() - 1) + "ies";
        }
        if (w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch") || w.endsWith("sh")) {
            return w + "es";
        }
        return w + "s";
    }

    /**
     * English singular of one lower-case word, the inverse of {@link #pluralize(String)}
     * for the words it knows: {@code people} → {@code person}, {@code categories} →
     * {@code category}, {@code addresses} → {@code address}, {@code analyses} →
     * {@code analysis}, {@code orders} → {@code order}; a word that does not look plural
     * is returned unchanged.
     */
    public static String singularize(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (UNCOUNTABLE.contains(w) || IRREGULAR.containsKey(w)) {
            return w;
        }
        for (Map.Entry<String, String> irregular : IRREGULAR.entrySet()) {
            if (irregular.getValue().equals(w)) {
                return irregular.getKey();
            }
        }
        if (w.endsWith("yses")) {
            return w.substring(0, w.length() - 2) + "is";
        }
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("ouses") || w.endsWith("auses")) {
            return w.substring(0, w.length() - 1); // warehouses, causes
        }
        for (String ending : List.of("sses", "uses", "xes", "ches", "shes", "zes")) {
            if (w.endsWith(ending)) {
                return w.substring(0, w.length() - 2);
            }
        }
        return looksPlural(w) ? w.substring(0, w.length() - 1) : w;
    }

    /**
     * A word ending in a plain {@code s} (not {@code ss}, {@code us}, {@code is},
     * {@code as}, {@code os}) is taken as already plural: {@code orders},
     * {@code categories}, {@code boxes}.
     */
    private static boolean looksPlural(String w) {
        if (w.length() < 4 || !w.endsWith("s")) {
            return false;
        }
        char before = w.charAt(w.length() - 2);
        return before != 's' && before != 'u' && before != 'i' && before != 'a' && before != 'o';
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    /**
     * Splits a name into words, keeping each word's original case (used for acronyms in
     * labels).
     */
    static List<String> words(String original) {
        if (original == null || original.isBlank()) {
            throw new IllegalArgumentException("a name must not be empty");
        }
        List<String> words = split(original);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("'" + original + "' has no letters to build a name from");
        }
        if (!Character.isLetter(words.getFirst().charAt(0))) {
            throw new IllegalArgumentException("'" + original + "' must start with a letter to be a name");
        }
        return words;
    }

    /**
     * The words of {@link #words(String)}, without requiring a name to start with a
     * letter.
     */
    private static List<String> split(String original) {
        List<String> words = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String s = original.strip();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(words, current);
                continue;
            }
            if (Character.isUpperCase(c) && !current.isEmpty()) {
                char prev = current.charAt(current.length() - 1);
                boolean nextLower = i + 1 < s.length() && Character.isLowerCase(s.charAt(i + 1));
                // dueDate: lower→upper starts a word; HTTPServer: the last capital of an
                // acronym starts one
                if (Character.isLowerCase(prev) || Character.isDigit(prev)
                        || (Character.isUpperCase(prev) && nextLower)) {
                    flush(words, current);
                }
            }
            current.append(c);
        }
        flush(words, current);
        return words;
    }

    private static void flush(List<String> words, StringBuilder current) {
        if (!current.isEmpty()) {
            words.add(current.toString());
            current.setLength(0);
        }
    }

    private static List<String> pluralWords(List<String> words) {
        List<String> plural = new ArrayList<>(words);
        plural.set(plural.size() - 1, pluralize(plural.getLast()));
        return plural;
    }

    private static List<String> append(List<String> words, String word) {
        List<String> result = new ArrayList<>(words);
        result.add(word);
        return result;
    }

    private static String safeJava(String identifier, String suffix) {
        return JAVA_RESERVED.contains(identifier) ? identifier + suffix : identifier;
    }

    private static String capitalize(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static String pascal(List<String> words) {
        return words.stream().map(Names::capitalize).collect(Collectors.joining());
    }

    private static String camel(List<String> words) {
        String pascal = pascal(words);
        return Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1);
    }

    private static String snake(List<String> words) {
        return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.joining("_"));
    }

    private static String kebab(List<String> words) {
        return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.joining("-"));
    }

    private static String label(List<String> words) {
        return words.stream()
            .map(w -> w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)) && Character.isLetter(w.charAt(1)) ? w
                    : capitalize(w))
            .collect(Collectors.joining(" "));
    }

}
