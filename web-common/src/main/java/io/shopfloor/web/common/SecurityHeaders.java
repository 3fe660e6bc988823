package io.shopfloor.web.common;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The browser-facing headers of every response of both WARs. PrimeFaces' CSP mode
 * ({@code primefaces.CSP} in web.xml) sends its own policy with a fresh nonce per page for
 * scripts; this adds the rest of the policy (a second Content-Security-Policy header is enforced
 * as well: browsers apply both): nothing framed, no plugins, forms only to this origin. Pages are
 * never cached (they show an organization's data) and content types are never sniffed.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** No default-src or script-src here: scripts are PrimeFaces' policy's, whose nonce only it knows. */
    static final String POLICY = "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.addHeader("Content-Security-Policy", POLICY);
        if (!request.getRequestURI().contains("/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
