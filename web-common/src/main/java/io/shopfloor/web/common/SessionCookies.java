package io.shopfloor.web.common;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie of both WARs: HttpOnly (web.xml), SameSite=Lax (not sent on cross-site
 * posts), and Secure when the operator says the server is reached over TLS only: setting
 * {@code shopfloor.secureCookies=true} (JVM option) or {@code SHOPFLOOR_SECURE_COOKIES=true}.
 * Plain Servlet API, so it works on every Jakarta EE server.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        if (secure()) {
            cookie.setSecure(true);
        }
    }

    static boolean secure() {
        return "true".equalsIgnoreCase(System.getProperty("shopfloor.secureCookies", System.getenv("SHOPFLOOR_SECURE_COOKIES")));
    }
}
