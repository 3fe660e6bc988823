package io.shopfloor.platform.errors;

import java.sql.SQLException;

import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import io.shopfloor.platform.security.control.PermissionDeniedException;

/**
 * Default interceptor of every EJB (META-INF/ejb-jar.xml): what the database refused becomes the
 * application exception people get a message for, instead of a server error. The transaction is
 * rolled back either way, so nothing half-written remains.
 */
public class DatabaseErrors {

    @AroundInvoke
    public Object translateDatabaseErrors(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (PersistenceException e) {
            throw translate(e);
        }
    }

    static RuntimeException translate(PersistenceException e) {
        if (e instanceof OptimisticLockException) {
            return new ConcurrentEditException("This record");
        }
        SQLException sql = sqlCause(e);
        if (sql == null || sql.getSQLState() == null) {
            return e;
        }
        return switch (sql.getSQLState()) {
            case "23505" -> new BusinessRuleException("This would duplicate a record that already exists; nothing was saved.");
            case "23503" -> new BusinessRuleException("This refers to a record that does not exist or is still in use; nothing was saved.");
            case "23502", "23514", "22001", "22P02", "22007", "22008" -> new BusinessRuleException(
                    "The data breaks a rule and was not saved: " + firstLine(sql.getMessage()));
            case "42501" -> new PermissionDeniedException(null, "This change is not allowed for your organization; nothing was saved.");
            default -> e;
        };
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    private static String firstLine(String message) {
        String line = message == null ? "" : message.lines().findFirst().orElse("");
        return line.startsWith("ERROR: ") ? line.substring(7) : line;
    }
}
