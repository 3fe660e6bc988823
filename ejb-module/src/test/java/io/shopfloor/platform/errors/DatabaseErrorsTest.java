package io.shopfloor.platform.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import io.shopfloor.platform.security.control.PermissionDeniedException;

class DatabaseErrorsTest {

    @Test
    void aStaleVersionIsAConcurrentEdit() {
        assertThat(DatabaseErrors.translate(new OptimisticLockException("stale"))).isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void refusalsOfTheDatabaseBecomeMessagesByTheirSqlState() {
        assertThat(DatabaseErrors.translate(failure("23505", "ERROR: duplicate key value violates unique constraint \"x\"")))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("already exists");
        assertThat(DatabaseErrors.translate(failure("23514", "ERROR: new row for relation \"orders\" violates check constraint \"orders_notes_check\"")))
                .as("the database's own wording never reaches people").isInstanceOf(BusinessRuleException.class)
                .hasMessage("A value is outside what is allowed; nothing was saved.");
        assertThat(DatabaseErrors.translate(new PersistenceException(new PSQLException(new ServerErrorMessage(
                "SERROR\0C23514\0MThe built-in role \"admin\" cannot be deleted\0Rexec_stmt_raise\0")))))
                .as("what Shopfloor's own triggers say to people is passed on").isInstanceOf(BusinessRuleException.class)
                .hasMessage("The built-in role \"admin\" cannot be deleted");
        assertThat(DatabaseErrors.translate(failure("42501", "ERROR: new row violates row-level security policy")))
                .isInstanceOf(PermissionDeniedException.class).hasMessageNotContaining("row-level");
    }

    @Test
    void aDatabaseThatIsAwayOrTooSlowIsUnavailable() {
        for (String state : new String[] {"08006", "08001", "57014", "55P03", "57P01", "53300"}) {
            assertThat(DatabaseErrors.translate(failure(state, "gone"))).as(state).isInstanceOf(DatabaseUnavailableException.class);
        }
        assertThat(DatabaseErrors.isUnavailable(new RuntimeException(new jakarta.resource.ResourceException("In-use connections equal max-pool-size"))))
                .as("the pool gave up waiting").isTrue();
        assertThat(DatabaseErrors.isUnavailable(new jakarta.transaction.SystemException("commit lost its connection")))
                .as("a commit whose connection died").isTrue();
    }

    @Test
    void anythingElseStaysAServerError() {
        PersistenceException unknown = failure("XX000", "internal error");
        assertThat(DatabaseErrors.translate(unknown)).isSameAs(unknown);
        PersistenceException noSql = new PersistenceException("no cause");
        assertThat(DatabaseErrors.translate(noSql)).isSameAs(noSql);
    }

    private static PersistenceException failure(String sqlState, String message) {
        return new PersistenceException("Exception [EclipseLink-4002]", new RuntimeException(new SQLException(message, sqlState)));
    }
}
