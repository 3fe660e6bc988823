package io.shopfloor.platform.errors;

import io.shopfloor.platform.messages.Message;

/**
 * A value that does not fit (a custom field's value, a code): thrown while converting it, and
 * turned into the field's message by whoever knows the field. Its Message says what is wrong, to
 * read after the field's name; {@link #getMessage()} is English, for logs.
 */
public class InvalidValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final Message message;

    public InvalidValueException(String key, Object... parameters) {
        this(Message.of(key, parameters));
    }

    public InvalidValueException(Message message) {
        super(message.english());
        this.message = message;
    }

    /** What is wrong with a value, from whatever refused it (another library's refusal in its English words). */
    public static Message messageOf(IllegalArgumentException refused) {
        return refused instanceof InvalidValueException invalid ? invalid.message() : Message.of("input.asWritten", refused.getMessage());
    }

    /** What is wrong, for the field that held the value. */
    public Message message() {
        return message;
    }
}
