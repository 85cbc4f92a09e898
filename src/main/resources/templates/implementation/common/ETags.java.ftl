package ${app.basePackage}.common;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;

/**
 * Entity tags of the API: a resource's ETag is its row version in quotes ({@code "3"}); a write that sends
 * {@code If-Match} is refused with 412 unless one of its tags is the current one. A write without
 * {@code If-Match} is allowed (last write wins).
 */
public final class ETags {

    private ETags() {
    }

    /** A response body and the version of the row it shows. */
    public record Versioned<T>(T body, long version) {
    }

    /** A 200 response with the body and its ETag. */
    public static <T> ResponseEntity<T> ok(Versioned<T> versioned) {
        return ResponseEntity.ok().eTag(of(versioned.version())).body(versioned.body());
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Checks an {@code If-Match} header (null: no condition) against the current version; {@code *} matches
     * any, weak tags never match (RFC 9110 compares strongly).
     */
    public static void requireMatch(String ifMatch, long version, String resource, Object id) {
        if (ifMatch == null) {
            return;
        }
        String current = of(version);
        for (String tag : ifMatch.split(",")) {
            String trimmed = tag.trim();
            if (trimmed.equals("*") || trimmed.equals(current)) {
                return;
            }
        }
        throw new ResponseStatusException(HttpStatus.PRECONDITION_FAILED, resource + " " + id
                + " has changed: If-Match does not name its current ETag " + current + "; read it again and retry");
    }
}
