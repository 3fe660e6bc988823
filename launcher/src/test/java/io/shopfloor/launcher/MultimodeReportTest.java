package io.shopfloor.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class MultimodeReportTest {

    @Test
    void splitsTheOutputPerCommandAndFindsFailures() {
        MultimodeReport report = MultimodeReport.parse("""
                shopfloor-db-password
                Command list-password-aliases executed successfully.
                Command create-jdbc-connection-pool failed.
                jdbc/__TimerPool
                jdbc/shopfloor
                Command list-jdbc-resources executed successfully with warnings.
                true
                Command _get-restart-required executed successfully.
                Command multimode executed successfully.
                """);

        assertThat(report.outcomes()).extracting(MultimodeReport.Outcome::command)
                .containsExactly("list-password-aliases", "create-jdbc-connection-pool", "list-jdbc-resources",
                        "_get-restart-required");
        assertThat(report.outcomes().get(0).output()).containsExactly("shopfloor-db-password");
        assertThat(report.outcomes().get(2).output()).containsExactly("jdbc/__TimerPool", "jdbc/shopfloor");
        assertThat(report.outcomes().get(2).succeeded()).isTrue();
        assertThat(report.failures()).extracting(MultimodeReport.Outcome::command).containsExactly("create-jdbc-connection-pool");
        assertThat(report.outcomes().get(3).output()).isEqualTo(List.of("true"));
    }
}
