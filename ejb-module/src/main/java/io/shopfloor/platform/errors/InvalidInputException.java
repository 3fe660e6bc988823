package io.shopfloor.platform.errors;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.ejb.ApplicationException;

import io.shopfloor.platform.messages.Message;

/**
 * Input that breaks a rule, with one message per offending field (field names as in the API).
 * A field's message says what is wrong with it ("is required"), so it reads after the field's
 * label or name.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends ServiceException {

    private static final long serialVersionUID = 1L;

    private final Map<String, Message> fieldMessages;

    public InvalidInputException(Map<String, Message> fieldMessages) {
        super(Message.of("errors.invalidFields", String.join(", ", fieldMessages.keySet())));
        this.fieldMessages = Collections.unmodifiableMap(new LinkedHashMap<>(fieldMessages));
    }

    /** @param key a key of the service bundle saying what is wrong with {@code field} */
    public static InvalidInputException of(String field, String key, Object... parameters) {
        return new InvalidInputException(Map.of(field, Message.of(key, parameters)));
    }

    public Map<String, Message> fieldMessages() {
        return fieldMessages;
    }

    /** The field messages in {@code locale}'s language. */
    public Map<String, String> fieldErrors(Locale locale) {
        Map<String, String> texts = new LinkedHashMap<>();
        fieldMessages.forEach((field, message) -> texts.put(field, message.in(locale)));
        return texts;
    }

    /** The field messages in English. */
    public Map<String, String> fieldErrors() {
        return fieldErrors(Locale.ENGLISH);
    }
}
