package io.shopfloor.platform.errors;

import java.util.Locale;

import io.shopfloor.platform.messages.Message;

/**
 * What a service refused or could not do, saying why as a {@link Message}: the screens and the
 * REST API render it in the reader's language; {@link #getMessage()} is English, for logs.
 */
public abstract class ServiceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Message message;

    protected ServiceException(Message message) {
        super(message.english());
        this.message = message;
    }

    public Message message() {
        return message;
    }

    public String messageIn(Locale locale) {
        return message.in(locale);
    }
}
