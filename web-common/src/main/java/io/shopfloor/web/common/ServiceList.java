package io.shopfloor.web.common;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import io.shopfloor.platform.errors.InvalidInputException;
import io.shopfloor.platform.query.Page;
import io.shopfloor.platform.query.PageRequest;

/**
 * The one lazy list of the screens: a PrimeFaces table whose rows come a page at a time from a
 * service, paged and sorted in the database. The table's sort becomes the {@link PageRequest}; a
 * filter the service refuses shows an empty list (the screen reports why); the rows shown so far
 * (the last {@value #ROWS_KEPT}) are kept, so rows ticked on another page of the table stay ticked. View-scoped beans hold it, so everything it
 * keeps is serializable.
 */
public final class ServiceList<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** A page of rows, with the total the service counted (capped where the list is large). */
    @FunctionalInterface
    public interface Pages<T> extends Serializable {
        Page<T> page(PageRequest page, Map<String, FilterMeta> filters);
    }

    /** A row's key, unique in the list. */
    @FunctionalInterface
    public interface Keys<T> extends Serializable {
        String of(T row);
    }

    private final Pages<T> pages;
    private final Keys<T> keys;
    private final boolean descendingUnlessSorted;
    static final int ROWS_KEPT = 2000;
    private final Map<String, T> shown = new LinkedHashMap<>(64, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, T> eldest) {
            return size() > ROWS_KEPT;
        }
    };
    private long total;

    private ServiceList(Pages<T> pages, Keys<T> keys, boolean descendingUnlessSorted) {
        this.pages = pages;
        this.keys = keys;
        this.descendingUnlessSorted = descendingUnlessSorted;
    }

    /** A list in the service's own order unless the table sorts it. */
    public static <T> ServiceList<T> of(Pages<T> pages, Keys<T> keys) {
        return new ServiceList<>(pages, keys, false);
    }

    /** A list newest (or highest) first unless the table sorts it. */
    public static <T> ServiceList<T> descending(Pages<T> pages, Keys<T> keys) {
        return new ServiceList<>(pages, keys, true);
    }

    /** The total of the page last read: the table asks before and after reading, and one query serves both. */
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, total);
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        PageRequest request = new PageRequest(first, pageSize, sort == null ? null : sort.getField(),
                sort == null ? descendingUnlessSorted : sort.getOrder() == SortOrder.DESCENDING);
        Page<T> page;
        try {
            page = pages.page(request, filterBy);
        } catch (InvalidInputException refusedFilter) {
            page = new Page<>(List.of(), 0, first, pageSize);
        }
        total = page.total();
        setRowCount(count(filterBy));
        page.items().forEach(row -> shown.put(keys.of(row), row));
        return page.items();
    }

    @Override
    public String getRowKey(T row) {
        return keys.of(row);
    }

    @Override
    public T getRowData(String rowKey) {
        return shown.get(rowKey);
    }
}
