package io.shopfloor.platform.messages;

/** A value people see by a translated label (a status, a priority), passed to a Message as itself. */
public interface Labelled {

    Message label();
}
