package io.shopfloor.platform.messages;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * A text for people, as services say it: a key of the service bundle
 * ({@code io/shopfloor/platform/messages/messages*.properties}) and its parameters, rendered in
 * the reader's language only when shown (a screen in the page's language, problem+json in the
 * request's). Patterns follow {@link MessageFormat} (an apostrophe is written twice); a parameter
 * that is itself a Message (a status, the kind of a record) is rendered in the same language.
 * Parameters are texts, numbers or Messages, so a Message can travel in session and view state.
 */
public record Message(String key, List<Serializable> parameters) implements Serializable {

    public static final String BUNDLE = "io.shopfloor.platform.messages.messages";

    /** Languages the bundle speaks; English is the default for any other. */
    public static final List<String> LANGUAGES = List.of("en", "vi");

    /** The key of {@link #list}: its parameters are the items, and {@code list.none} says there are none. */
    static final String LIST = "list";

    public Message {
        parameters = List.copyOf(parameters);
    }

    public static Message of(String key, Object... parameters) {
        return new Message(key, Arrays.stream(parameters).map(Message::serializable).toList());
    }

    /** A text shown as it is, in every language: a name, a value someone typed, another library's words. */
    public static Message verbatim(String text) {
        return of("input.asWritten", text);
    }

    /** Several values (statuses, names) as one parameter: joined by commas in the reader's language, "none" when empty. */
    public static Message list(Collection<?> items) {
        return new Message(LIST, items.stream().map(Message::serializable).toList());
    }

    /** The text in {@code locale}'s language (English when the bundle does not speak it); a missing key shows as itself. */
    public String in(Locale locale) {
        Locale language = locale != null && LANGUAGES.contains(locale.getLanguage()) ? Locale.forLanguageTag(locale.getLanguage()) : Locale.ENGLISH;
        if (LIST.equals(key)) {
            return parameters.isEmpty() ? Message.of("list.none").in(language)
                    : parameters.stream().map(p -> p instanceof Message m ? m.in(language) : p.toString()).collect(Collectors.joining(", "));
        }
        String pattern;
        try {
            pattern = bundle(language).getString(key);
        } catch (MissingResourceException missing) {
            return key + (parameters.isEmpty() ? "" : " " + parameters);
        }
        Object[] values = parameters.stream().map(p -> p instanceof Message m ? m.in(language) : p).toArray();
        return new MessageFormat(pattern, language).format(values);
    }

    public String english() {
        return in(Locale.ENGLISH);
    }

    /** English, for logs and exception messages. */
    @Override
    public String toString() {
        return english();
    }

    static ResourceBundle bundle(Locale language) {
        // No fallback to the server's default locale: English is the bundle's base file.
        return ResourceBundle.getBundle(BUNDLE, language, Message.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static Serializable serializable(Object parameter) {
        if (parameter == null) {
            return "";
        }
        if (parameter instanceof Message || parameter instanceof Number || parameter instanceof String) {
            return (Serializable) parameter;
        }
        if (parameter instanceof Labelled labelled) {
            return labelled.label();
        }
        return parameter.toString();
    }
}
