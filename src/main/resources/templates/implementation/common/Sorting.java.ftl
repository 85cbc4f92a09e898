package ${app.basePackage}.common;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import java.util.Set;
import java.util.TreeSet;

/** A list request's sort, checked against the properties the resource can be sorted by. */
public final class Sorting {

    private Sorting() {
    }

    /**
     * The page request unchanged when every sort property is one of {@code sortable}.
     *
     * @throws UnsortablePropertyException for any other property (unknown, misspelt or with punctuation)
     */
    public static Pageable checked(Pageable pageable, Set<String> sortable) {
        for (Sort.Order order : pageable.getSort()) {
            if (!sortable.contains(order.getProperty())) {
                throw new UnsortablePropertyException(order.getProperty(), sortable);
            }
        }
        return pageable;
    }

    /** A sort value names no sortable property: answered with 400. */
    public static class UnsortablePropertyException extends RuntimeException {

        public UnsortablePropertyException(String property, Set<String> sortable) {
            super("Cannot sort by '" + property + "'; sort by one of " + String.join(", ", new TreeSet<>(sortable))
                    + ", optionally followed by ',asc' or ',desc'");
        }
    }
}
