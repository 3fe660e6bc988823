package io.shopfloor.web.common;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import io.shopfloor.platform.errors.DatabaseErrors;
import io.shopfloor.platform.errors.DatabaseUnavailableException;
import io.shopfloor.platform.security.boundary.PasswordSignIn;
import io.shopfloor.platform.security.boundary.SignIn;
import io.shopfloor.platform.tenancy.control.CallerIdentity;

/**
 * The one authentication mechanism of each WAR. Under {@code /api/} only a bearer API token
 * counts (never a cookie, so REST cannot be driven cross-site); screens use the sign-in form and
 * an HTTP session whose id is renewed at sign-in. The caller principal's name carries tenant and
 * user, which is how every EJB call finds its tenant.
 */
@ApplicationScoped
public class ShopfloorAuthentication implements HttpAuthenticationMechanism {

    /** Session attribute holding the signed-in {@link CallerIdentity}. */
    static final String SIGNED_IN = ShopfloorAuthentication.class.getName() + ".caller";
    /** Session attribute holding the session generation the user had at sign-in (a credential change ends the session). */
    static final String GENERATION = ShopfloorAuthentication.class.getName() + ".generation";
    /** Request attribute saying why a sign-in did not succeed (throttled, busy), for the sign-in form. */
    static final String REFUSAL = ShopfloorAuthentication.class.getName() + ".refusal";
    /** Session attribute holding where to go after signing in. */
    static final String RETURN_TO = ShopfloorAuthentication.class.getName() + ".returnTo";
    static final String SIGN_IN_PAGE = "/sign-in.xhtml";

    @EJB
    SignIn signIn;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        try {
            return authenticate(request, response, context);
        } catch (RuntimeException e) {
            if (!DatabaseErrors.isUnavailable(e) && !(e instanceof DatabaseUnavailableException)) {
                throw e;
            }
            // Who the caller is cannot be checked now; a quick 503 says when to try again.
            response.setHeader("Retry-After", Integer.toString(DatabaseUnavailableException.RETRY_AFTER_SECONDS));
            if (isApi(request)) {
                Problem.send(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Service Unavailable",
                        DatabaseUnavailableException.MESSAGE.in(Problem.language(request)));
            } else {
                try {
                    response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                } catch (IOException gone) {
                    // The client went away.
                }
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    private AuthenticationStatus authenticate(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (isApi(request)) {
            return bearer(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof OrganizationCredential typed) {
            return form(request, typed, context);
        }
        HttpSession session = request.getSession(false);
        Object caller = session == null ? null : session.getAttribute(SIGNED_IN);
        if (caller instanceof CallerIdentity known) {
            if (isResource(request)
                    || session.getAttribute(GENERATION) instanceof Integer generation && signIn.sessionStillValid(known, generation)) {
                return context.notifyContainerAboutLogin(known.principalName(), Set.of());
            }
            // The password changed (elsewhere) or the user was deactivated: this session ends now.
            session.invalidate();
        }
        if (context.isProtected()) {
            return toSignIn(request, response, context);
        }
        return context.doNothing();
    }

    /** Sends the browser to the sign-in page; an expired session's ajax request gets a JSF redirect. */
    private static AuthenticationStatus toSignIn(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String signInUrl = request.getContextPath() + SIGN_IN_PAGE;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            try {
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + signInUrl + "\"></redirect></partial-response>");
            } catch (IOException e) {
                // The client went away.
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        if ("GET".equals(request.getMethod())) {
            request.getSession(true).setAttribute(RETURN_TO, originalUrl(request));
        }
        return context.redirect(signInUrl);
    }

    private AuthenticationStatus form(HttpServletRequest request, OrganizationCredential credential, HttpMessageContext context) {
        PasswordSignIn result = signIn.withPassword(credential.organization(), credential.email(),
                credential.password().getValue(), ClientAddress.of(request));
        credential.clear();
        if (!result.succeeded()) {
            request.setAttribute(REFUSAL, result);
            return AuthenticationStatus.SEND_FAILURE;
        }
        // A new session id at sign-in: an id planted before sign-in is worth nothing after it.
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        session.setAttribute(SIGNED_IN, result.caller());
        session.setAttribute(GENERATION, result.sessionGeneration());
        return context.notifyContainerAboutLogin(result.caller().principalName(), Set.of());
    }

    /**
     * After the signed-in user changed their own password: this session goes on with the new
     * generation, while every other session of theirs ends at its next request.
     */
    public static void keepThisSession(HttpServletRequest request, int newGeneration) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.setAttribute(GENERATION, newGeneration);
        }
    }

    /** Style sheets, scripts and images of the pages: they carry no data, so no database check per file. */
    private static boolean isResource(HttpServletRequest request) {
        return request.getRequestURI().contains("/jakarta.faces.resource/");
    }

    private AuthenticationStatus bearer(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<CallerIdentity> caller = signIn.withApiToken(header.substring(7).strip());
            if (caller.isPresent()) {
                return context.notifyContainerAboutLogin(caller.get().principalName(), Set.of());
            }
            return unauthorized(request, response, "rest.tokenRefused");
        }
        if (context.isProtected()) {
            return unauthorized(request, response, "rest.tokenMissing");
        }
        return context.doNothing();
    }

    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response, String detailKey) {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"shopfloor\"");
        Problem.send(request, response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", Texts.in(Problem.language(request), detailKey));
        return AuthenticationStatus.SEND_FAILURE;
    }

    /**
     * Whether the request is for the REST API: by the container's servlet path, and by the
     * decoded, normalised request path too, so no spelling of the URL reaches the API on a cookie.
     * A path that cannot be parsed counts as the API's (which then demands a token).
     */
    static boolean isApi(HttpServletRequest request) {
        if (Objects.toString(request.getServletPath(), "").startsWith("/api")) {
            return true;
        }
        String uri = request.getRequestURI();
        String raw = uri.substring(Math.min(request.getContextPath().length(), uri.length()));
        try {
            String path = URI.create(raw.replaceAll("/{2,}", "/")).normalize().getPath();
            return path == null || path.toLowerCase(Locale.ROOT).startsWith("/api");
        } catch (IllegalArgumentException unparsable) {
            return true;
        }
    }

    private static String originalUrl(HttpServletRequest request) {
        String query = request.getQueryString();
        String path = request.getRequestURI();
        return query == null ? path : path + "?" + query;
    }
}
