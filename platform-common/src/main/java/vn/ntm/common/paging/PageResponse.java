package vn.ntm.common.paging;

import java.util.List;
import java.util.function.Function;

/**
 * The collection envelope of every paginated listing: never a bare array, never unbounded.
 *
 * @param items      the items of this page
 * @param page       zero-based page number
 * @param size       page size asked for
 * @param totalItems items in the whole collection for this query
 */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems) {

    public static <T> PageResponse<T> of(List<T> items, PageQuery query, long totalItems) {
        return new PageResponse<>(items, query.page(), query.size(), totalItems);
    }

    public <R> PageResponse<R> map(Function<? super T, ? extends R> mapper) {
        return new PageResponse<>(items.stream().<R>map(mapper).toList(), page, size, totalItems);
    }
}
