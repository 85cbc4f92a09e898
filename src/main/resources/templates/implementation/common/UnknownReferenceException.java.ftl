package ${app.basePackage}.common;

/** A request refers to another resource that does not exist: answered with 400. */
public class UnknownReferenceException extends RuntimeException {

    private final String property;

    public UnknownReferenceException(String property, String resource, Object ids) {
        super(property + " refers to a " + resource + " that does not exist: " + ids);
        this.property = property;
    }

    public String property() {
        return property;
    }
}
