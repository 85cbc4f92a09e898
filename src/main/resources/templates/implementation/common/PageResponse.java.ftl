package ${app.basePackage}.common;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;

/** One page of a list, with the numbers a client needs to page on (the stable shape of the API contract). */
public record PageResponse<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    /**
     * The largest page any list answers (spring.data.web.pageable.max-page-size says the same to paged lists);
     * a list without paging parameters answers this many rows a time.
     */
    public static final int MAX_SIZE = 100;

    public static <T> PageResponse<T> of(Page<T> page) {
        return new PageResponse<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
                page.getTotalPages());
    }

    /** The {@code page} parameter of a list without paging parameters; 400 when negative. */
    public static int checkedPage(int page) {
        if (page < 0) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page must be 0 or more, not " + page);
        }
        return page;
    }

    /**
     * The rows of a list without paging parameters: when more exist, a {@code Link} header names the next page
     * ({@code rel="next"}, RFC 8288), the request's URL with the next {@code page}.
     */
    public static <T> ResponseEntity<List<T>> withNextLink(Page<T> rows) {
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        if (rows.hasNext()) {
            ok.header(HttpHeaders.LINK, "<" + ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("page", rows.getNumber() + 1).toUriString() + ">; rel=\"next\"");
        }
        return ok.body(rows.getContent());
    }
}
