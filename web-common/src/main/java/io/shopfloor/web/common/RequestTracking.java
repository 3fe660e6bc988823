package io.shopfloor.web.common;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.shopfloor.platform.tenancy.control.RequestOrigin;

/**
 * Gives every request an id (a well-formed {@code X-Request-Id} from the client or a proxy, else a
 * new one), answers with it, and records where the request came from in {@link RequestOrigin}, so
 * the audit rows of its changes, the server log's lines about it and its problem+json name the
 * same request.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestTracking extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** Request attribute holding the request's id. */
    public static final String REQUEST_ID = RequestTracking.class.getName() + ".id";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{8,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    RequestOrigin origin;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        String given = request.getHeader("X-Request-Id");
        String id = given != null && WELL_FORMED.matcher(given).matches() ? given : newId();
        request.setAttribute(REQUEST_ID, id);
        response.setHeader("X-Request-Id", id);
        origin.describe(id, ClientAddress.of(request), request.getHeader("User-Agent"));
        chain.doFilter(request, response);
    }

    static String newId() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The id of a request, for log lines about it; "-" before the filter ran. */
    public static String idOf(jakarta.servlet.ServletRequest request) {
        Object id = request == null ? null : request.getAttribute(REQUEST_ID);
        return id == null ? "-" : id.toString();
    }
}
