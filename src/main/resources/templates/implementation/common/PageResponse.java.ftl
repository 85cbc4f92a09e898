package ${app.basePackage}.common;

import org.springframework.data.domain.Page;

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
}
