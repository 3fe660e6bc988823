package io.shopfloor.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run command's PostgreSQL keeps what it acknowledged: the embedded binaries' fast settings are undone. */
class EmbeddedDatabaseTest {

    @TempDir
    Path temp;

    @Test
    void theRunCommandsDatabaseIsDurableAndAThrowawayOneNeedNotBe() throws SQLException {
        try (EmbeddedDatabase durable = EmbeddedDatabase.start(temp.resolve("kept"), 0, RandomSecrets.databasePassword(), temp.resolve("kept.log"))) {
            assertThat(settings(durable)).isEqualTo("fsync=on synchronous_commit=on full_page_writes=on");
        }
        try (EmbeddedDatabase throwaway = EmbeddedDatabase.startThrowaway(temp.resolve("throwaway"))) {
            assertThat(settings(throwaway)).isEqualTo("fsync=off synchronous_commit=off full_page_writes=off");
        }
    }

    private static String settings(EmbeddedDatabase database) throws SQLException {
        try (Connection c = database.connectAsSuperuser("postgres"); Statement s = c.createStatement();
             ResultSet row = s.executeQuery("SELECT 'fsync=' || current_setting('fsync') || ' synchronous_commit=' || current_setting('synchronous_commit')"
                     + " || ' full_page_writes=' || current_setting('full_page_writes')")) {
            row.next();
            return row.getString(1);
        }
    }
}
