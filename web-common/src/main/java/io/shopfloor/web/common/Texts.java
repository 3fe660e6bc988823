package io.shopfloor.web.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.faces.context.FacesContext;

import io.shopfloor.platform.messages.Labelled;
import io.shopfloor.platform.messages.Message;

/**
 * The screens' texts in the view's language, from the one bundle both WARs share
 * ({@code io/shopfloor/web/common/messages*.properties}, {@code #{msg[...]}} on the pages).
 * Parameters follow {@link MessageFormat}; a parameter that is a service {@link Message} or a
 * {@link Labelled} value (a status) is rendered in the same language.
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
        if (parameters.length == 0) {
            return pattern;
        }
        Object[] values = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            values[i] = parameters[i] instanceof Labelled labelled ? labelled.label().in(locale)
                    : parameters[i] instanceof Message message ? message.in(locale) : parameters[i];
        }
        return new MessageFormat(pattern, locale).format(values);
    }

    /** What a service said, in the current view's language. */
    public static String of(Message message) {
        return message.in(locale());
    }

    /** Shows an information message above the page's content, in the view's language. */
    public static void info(String key, Object... parameters) {
        FacesContext.getCurrentInstance().addMessage(null,
                new jakarta.faces.application.FacesMessage(jakarta.faces.application.FacesMessage.SEVERITY_INFO, get(key, parameters), null));
    }

    /** The current view's language (English outside a page). */
    public static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
    }
}
