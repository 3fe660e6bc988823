package io.shopfloor.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/** Search compares text folded by {@code shopfloor.fold}: what people type without accents finds the names with them. */
class FoldedSearchTest {

    @Test
    void foldingDropsCaseAndTheAccentsOfVietnameseAndEuropeanNames() throws SQLException {
        try (Connection app = MigratedDatabase.get().app()) {
            assertThat(fold(app, "Nguyễn Văn Đức")).isEqualTo("nguyen van duc");
            assertThat(fold(app, "TRẦN THỊ BÍCH Ngọc")).isEqualTo("tran thi bich ngoc");
            assertThat(fold(app, "Greta Müller, Łódź, Dvořák, Yılmaz, Chloé")).isEqualTo("greta muller, lodz, dvorak, yilmaz, chloe");
            assertThat(fold(app, "50% off_now \\")).as("wildcards and the escape character are kept").isEqualTo("50% off_now \\");
        }
    }

    @Test
    void aPatternWithoutAccentsMatchesTheNameWithThem() throws SQLException {
        try (Connection app = MigratedDatabase.get().app();
             PreparedStatement query = app.prepareStatement(
                     "SELECT shopfloor.fold(?) LIKE shopfloor.fold(?) ESCAPE '\\', shopfloor.fold(?) LIKE shopfloor.fold(?) ESCAPE '\\'")) {
            query.setString(1, "Phạm Minh Đức");
            query.setString(2, "%minh duc%");
            query.setString(3, "Phạm Minh Đức");
            query.setString(4, "%minh dac%");
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                assertThat(rows.getBoolean(1)).isTrue();
                assertThat(rows.getBoolean(2)).isFalse();
            }
        }
    }

    private static String fold(Connection app, String text) throws SQLException {
        try (PreparedStatement query = app.prepareStatement("SELECT shopfloor.fold(?)")) {
            query.setString(1, text);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }
}
