package ${app.basePackage}.common;

/** The resource a request addresses does not exist: answered with 404. */
public class ResourceNotFoundException extends RuntimeException {

    public ResourceNotFoundException(String resource, Object id) {
        super(resource + " " + id + " does not exist");
    }
}
