package ${app.basePackage}.common;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ResponseStatusException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The criteria query parameters of a list endpoint, JHipster style: {@code property.operator=value}, e.g.
 * {@code title.contains=bug}, {@code priority.in=HIGH,LOW}, {@code dueDate.greaterThan=2024-01-31},
 * {@code project.id.equals=3}; all of them hold (AND), a repeated parameter too. {@code in} and {@code notIn} take
 * several values, repeated or comma-separated (text only repeated); {@code specified=true|false} asks for a value or
 * none. A parameter other than {@code page}, {@code size} and {@code sort} that names no property, an operator its
 * property does not allow, or a value that does not parse is answered with 400 problem details naming it.
 *
 * @param <T> the entity
 */
public final class Criteria<T> {

    /** The operators of each kind of property. */
    public enum Kind {
<#list criterionKinds as k>
        ${k.name()}(Set.of(<#list k.operators as o>"${o}"<#sep>, </#sep></#list>))<#sep>,</#sep><#if !k?has_next>;</#if>
</#list>

        private final Set<String> operators;

        Kind(Set<String> operators) {
            this.operators = operators;
        }
    }

    private static final Set<String> PAGING = Set.of("page", "size", "sort");

    private record Property(String attribute, Kind kind, Function<String, ?> parser, String expected,
            boolean reference, boolean collection) {
    }

    private final Map<String, Property> properties = new LinkedHashMap<>();

    /** A text property: equals, contains, in, ... */
    public Criteria<T> text(String name) {
        properties.put(name, new Property(name, Kind.TEXT, value -> value, "text", false, false));
        return this;
    }

    /** A boolean property. */
    public Criteria<T> bool(String name) {
        properties.put(name, new Property(name, Kind.BOOLEAN, Criteria::parseBoolean, "true or false", false, false));
        return this;
    }

    /** A property of {@code kind} whose values {@code parser} reads. */
    public Criteria<T> property(String name, Kind kind, Function<String, ?> parser, String expected) {
        properties.put(name, new Property(name, kind, parser, expected, false, false));
        return this;
    }

    /** The id of a reference, {@code attribute.id}; a collection is joined. */
    public Criteria<T> reference(String attribute, boolean collection, String expected) {
        properties.put(attribute + ".id",
                new Property(attribute, Kind.REFERENCE, Long::valueOf, expected, true, collection));
        return this;
    }

    /**
     * The specification every criterion among {@code parameters} holds for.
     *
     * @throws ResponseStatusException 400 naming the first parameter that is not a valid criterion
     */
    public Specification<T> specification(MultiValueMap<String, String> parameters) {
        List<Specification<T>> all = new ArrayList<>();
        parameters.forEach((parameter, values) -> {
            if (PAGING.contains(parameter)) {
                return;
            }
            int dot = parameter.lastIndexOf('.');
            Property property = dot < 0 ? null : properties.get(parameter.substring(0, dot));
            if (property == null) {
                throw invalid(parameter, "names no property to filter by; use property.operator=value with one of "
                        + properties.keySet());
            }
            String operator = parameter.substring(dot + 1);
            if (!property.kind().operators.contains(operator)) {
                throw invalid(parameter, "is not an operator of " + parameter.substring(0, dot) + "; it allows "
                        + new TreeSet<>(property.kind().operators));
            }
            if (operator.equals("in") || operator.equals("notIn")) {
                all.add(in(parameter, property, operator, values));
            }
            else {
                for (String value : values) {
                    all.add(predicate(parameter, property, operator, value));
                }
            }
        });
        return Specification.allOf(all);
    }

    private Specification<T> predicate(String parameter, Property property, String operator, String value) {
        if (operator.equals("specified")) {
            boolean specified = (Boolean) parse(parameter, Criteria::parseBoolean, "true or false", value);
            return (root, query, cb) -> {
                if (property.collection()) {
                    Expression<Collection<Object>> collection = root.get(property.attribute());
                    return specified ? cb.isNotEmpty(collection) : cb.isEmpty(collection);
                }
                return specified ? cb.isNotNull(root.get(property.attribute())) : cb.isNull(root.get(property.attribute()));
            };
        }
        Object parsed = parse(parameter, property.parser(), property.expected(), value);
        return (root, query, cb) -> {
            Expression<?> path = path(root, query, property);
            return switch (operator) {
                case "equals" -> cb.equal(path, parsed);
                case "notEquals" -> cb.notEqual(path, parsed);
                case "contains" -> cb.like(cb.lower(text(path)), like(parsed), '\\');
                case "doesNotContain" -> cb.notLike(cb.lower(text(path)), like(parsed), '\\');
                default -> compare(cb, operator, path, parsed);
            };
        };
    }

    /** {@code in} or {@code notIn}: every value of the repeated parameter, text as is, others split at commas. */
    private Specification<T> in(String parameter, Property property, String operator, List<String> values) {
        List<Object> parsed = new ArrayList<>();
        for (String value : values) {
            for (String item : property.kind() == Kind.TEXT ? List.of(value) : List.of(value.split(",", -1))) {
                parsed.add(parse(parameter, property.parser(), property.expected(), item.strip()));
            }
        }
        return (root, query, cb) -> {
            Predicate in = path(root, query, property).in(parsed);
            return operator.equals("in") ? in : cb.not(in);
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Predicate compare(CriteriaBuilder cb, String operator, Expression<?> path, Object value) {
        Expression<Comparable> comparable = (Expression<Comparable>) path;
        Comparable bound = (Comparable) value;
        return switch (operator) {
            case "greaterThan" -> cb.greaterThan(comparable, bound);
            case "lessThan" -> cb.lessThan(comparable, bound);
            case "greaterThanOrEqual" -> cb.greaterThanOrEqualTo(comparable, bound);
            case "lessThanOrEqual" -> cb.lessThanOrEqualTo(comparable, bound);
            default -> throw new IllegalStateException("Unhandled operator " + operator);
        };
    }

    @SuppressWarnings("unchecked")
    private static Expression<String> text(Expression<?> path) {
        return (Expression<String>) path;
    }

    private static Expression<?> path(Root<?> root, CriteriaQuery<?> query, Property property) {
        if (property.collection()) {
            // one row per match of the joined collection: distinct keeps each entity once
            query.distinct(true);
            return root.join(property.attribute()).get("id");
        }
        return property.reference() ? root.get(property.attribute()).get("id") : root.get(property.attribute());
    }

    private static String like(Object text) {
        String escaped = text.toString().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private static Object parse(String parameter, Function<String, ?> parser, String expected, String value) {
        try {
            return parser.apply(value);
        }
        catch (RuntimeException e) {
            throw invalid(parameter, "has the value '" + value + "', which is not " + expected);
        }
    }

    private static Boolean parseBoolean(String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(value);
        };
    }

    private static ResponseStatusException invalid(String parameter, String problem) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, "Query parameter '" + parameter + "' " + problem);
    }

}
