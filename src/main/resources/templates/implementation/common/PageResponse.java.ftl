package ${app.basePackage}.common;

import org.springframework.data.domain.Page;

import java.util.List;

/** One page of a list, with the numbers a client needs to page on (the stable shape of the API contract). */
public record PageResponse<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    public static <T> PageResponse<T> of(Page<T> page) {
        return new PageResponse<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
                page.getTotalPages());
    }
}
