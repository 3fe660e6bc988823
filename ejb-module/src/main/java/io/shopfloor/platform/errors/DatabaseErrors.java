package io.shopfloor.platform.errors;

import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import io.shopfloor.platform.security.control.PermissionDeniedException;

/**
 * Default interceptor of every EJB (META-INF/ejb-jar.xml), outermost: what the database refused
 * becomes the application exception people get a message for, instead of a server error, and a
 * database that does not answer becomes {@link DatabaseUnavailableException} (503). The
 * database's own wording never reaches people (it names tables and constraints); only the
 * messages Shopfloor's own triggers raise for people are passed on (in English, as the database
 * words them). The transaction is rolled
 * back either way, so nothing half-written remains.
 */
public class DatabaseErrors {

    /** SQLSTATEs of a database that is away or too slow, rather than of a refused request. */
    private static final Set<String> UNAVAILABLE = Set.of("57014", "55P03", "57P01", "57P02", "57P03", "53300", "53400", "40P01");
    /** Where PostgreSQL reports an error that a PL/pgSQL RAISE of Shopfloor's wrote for people. */
    private static final String RAISED_BY_SHOPFLOOR = "exec_stmt_raise";

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
            return new ConcurrentEditException("record.this");
        }
        if (isUnavailable(e)) {
            return new DatabaseUnavailableException();
        }
        SQLException sql = sqlCause(e);
        if (sql == null || sql.getSQLState() == null) {
            return e;
        }
        Optional<String> own = raisedByShopfloor(sql);
        return switch (sql.getSQLState()) {
            case "23505" -> new BusinessRuleException("db.duplicate");
            case "23503" -> new BusinessRuleException("db.missingReference");
            case "23502" -> new BusinessRuleException("db.missingValue");
            case "23P01" -> new BusinessRuleException("db.overlap");
            case "23514" -> own.map(text -> new BusinessRuleException("db.refused", text)).orElseGet(() -> new BusinessRuleException("db.outOfRange"));
            case "22001" -> new BusinessRuleException("db.tooLong");
            case "22021", "22P05" -> new BusinessRuleException("db.unstorable");
            case "22P02", "22007", "22008", "22003" -> new BusinessRuleException("db.badForm");
            case "42501" -> own.map(text -> new PermissionDeniedException(null, "db.refused", text))
                    .orElseGet(() -> new PermissionDeniedException(null, "db.notAllowed"));
            default -> e;
        };
    }

    /**
     * Whether a failure, wherever it surfaced (a statement, the connection pool, a commit), means
     * the database is away or too slow: a connection error (SQLSTATE class 08), a statement or lock
     * timeout, a shutdown, too many connections, the pool giving up waiting for a connection, or a
     * commit whose connection died (then whether it was saved is not known).
     */
    public static boolean isUnavailable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || UNAVAILABLE.contains(sql.getSQLState()))) {
                return true;
            }
            // The container's pool (jakarta.resource.ResourceException, its pooling exception) or a commit that lost
            // its connection (jakarta.transaction.SystemException, javax.transaction.xa.XAException): by name, no vendor API.
            String name = t.getClass().getName();
            if (name.endsWith("ResourceException") || name.endsWith("PoolingException") || name.endsWith(".SystemException")
                    || name.endsWith("XAException") || t instanceof java.net.ConnectException) {
                return true;
            }
        }
        return false;
    }

    /** The message of a RAISE in Shopfloor's own PL/pgSQL (written for people), read from PostgreSQL's error fields. */
    static Optional<String> raisedByShopfloor(SQLException sql) {
        try {
            Object fields = sql.getClass().getMethod("getServerErrorMessage").invoke(sql);
            if (fields == null || !RAISED_BY_SHOPFLOOR.equals(fields.getClass().getMethod("getRoutine").invoke(fields))) {
                return Optional.empty();
            }
            return Optional.ofNullable((String) fields.getClass().getMethod("getMessage").invoke(fields));
        } catch (ReflectiveOperationException | ClassCastException notPostgres) {
            return Optional.empty();
        }
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}
