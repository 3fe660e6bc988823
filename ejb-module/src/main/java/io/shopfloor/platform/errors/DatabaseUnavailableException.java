package io.shopfloor.platform.errors;

import jakarta.ejb.ApplicationException;

import io.shopfloor.platform.messages.Message;

/**
 * The database did not answer in time: it is down, restarting, every pooled connection is busy,
 * or a statement waited past its time budget (a lock held elsewhere). The transaction is rolled
 * back, unless the connection died while committing, when nobody can know; the same request may
 * succeed a moment later, so REST answers 503 with Retry-After.
 */
@ApplicationException(rollback = true)
public class DatabaseUnavailableException extends ServiceException {

    private static final long serialVersionUID = 1L;

    /** Seconds a client should wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    public static final Message MESSAGE = Message.of("errors.databaseUnavailable");

    public DatabaseUnavailableException() {
        super(MESSAGE);
    }
}
