package io.shopfloor.web.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.faces.context.FacesContext;

/**
 * The screens' texts in the view's language, from the one bundle both WARs share
 * ({@code io/shopfloor/web/common/messages*.properties}, {@code #{msg[...]}} on the pages).
 * Parameters follow {@link MessageFormat}.
 */
public final class Texts {

    public static final String BUNDLE = "io.shopfloor.web.common.messages";

    private Texts() {
    }

    /** The text for {@code key} in the current view's language. */
    public static String get(String key, Object... parameters) {
        return in(locale(), key, parameters);
    }

    public static String in(Locale locale, String key, Object... parameters) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        } catch (MissingResourceException missing) {
            return key;
        }
        return parameters.length == 0 ? pattern : new MessageFormat(pattern, locale).format(parameters);
    }

    /** Shows an information message above the page's content, in the view's language. */
    public static void info(String key, Object... parameters) {
        FacesContext.getCurrentInstance().addMessage(null,
                new jakarta.faces.application.FacesMessage(jakarta.faces.application.FacesMessage.SEVERITY_INFO, get(key, parameters), null));
    }

    static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
    }
}
