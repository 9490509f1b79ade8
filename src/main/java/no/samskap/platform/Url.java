package no.samskap.platform;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/**
 * Links that keep the current filters: templates call {@code ${@url.med('side', 2)}} to get the current path and query
 * with one parameter replaced (paging, sorting), so lists work as plain links without JavaScript.
 */
@Component("url")
public class Url {

    /** The current request's path and query with {@code name} set to {@code value} (and the page reset unless named). */
    public String med(String name, Object value) {
        var builder = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam(name, value);
        if (!"side".equals(name)) {
            builder.replaceQueryParam("side");
        }
        return relative(builder.build());
    }

    /** Sort link: sorts by {@code felt}, flipping the direction when it already sorts by it ascending. */
    public String sorter(String felt) {
        var current = ServletUriComponentsBuilder.fromCurrentRequest().build();
        String sort = current.getQueryParams().getFirst("sort");
        String next = felt.equals(sort) ? "-" + felt : felt;
        return med("sort", next);
    }

    /** aria-sort value of a column header for the current sort. */
    public String ariaSort(String felt) {
        String sort = ServletUriComponentsBuilder.fromCurrentRequest().build().getQueryParams().getFirst("sort");
        if (felt.equals(sort)) {
            return "ascending";
        }
        if (("-" + felt).equals(sort)) {
            return "descending";
        }
        return "none";
    }

    public String sti() {
        return ServletUriComponentsBuilder.fromCurrentRequest().build().getPath();
    }

    public boolean aktiv(String href) {
        String path = sti();
        if (path == null) {
            return false;
        }
        return "/".equals(href) ? "/".equals(path) : path.equals(href) || path.startsWith(href + "/");
    }

    private static String relative(UriComponents c) {
        String query = c.getQuery();
        return (c.getPath() == null ? "/" : c.getPath()) + (query == null || query.isEmpty() ? "" : "?" + query);
    }
}
