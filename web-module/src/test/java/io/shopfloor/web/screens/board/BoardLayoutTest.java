package io.shopfloor.web.screens.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.shopfloor.production.entity.BatchCard;
import io.shopfloor.production.entity.BatchPriority;
import io.shopfloor.production.entity.QualityStatus;
import io.shopfloor.production.entity.StageView;
import io.shopfloor.web.screens.board.BoardLayout.Column;
import io.shopfloor.web.screens.board.BoardLayout.Drop;

class BoardLayoutTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String FORM = "board:stages:";

    private final StageView intake = stage("Intake", 0, true);
    private final StageView sanding = stage("Sanding", 1, true);
    private final StageView retired = stage("Polishing", 2, false);
    private final StageView empty = stage("Old oiling", 3, false);
    private final StageView shipping = stage("Shipping", 4, true);

    @Test
    void aColumnPerActiveStageInOrderAndADeactivatedOneOnlyWhileItHoldsBatches() {
        BoardLayout cut = BoardLayout.of(List.of(intake, sanding, retired, empty, shipping),
                List.of(card("B1", intake, BatchPriority.STANDARD, null), card("B2", retired, BatchPriority.STANDARD, null)), TODAY, Locale.ENGLISH);

        assertThat(cut.columns()).extracting(Column::name).containsExactly("Intake", "Sanding", "Polishing", "Shipping");
        assertThat(cut.columns()).extracting(Column::active).containsExactly(true, true, false, true);
        assertThat(cut.columns().get(2).cards()).extracting(c -> c.batch().batchNumber()).containsExactly("B2");
        assertThat(cut.batchCount()).isEqualTo(2);
    }

    @Test
    void aBatchMovesToTheNextActiveStageAndFromTheLastToCompleted() {
        BoardLayout cut = BoardLayout.of(List.of(intake, sanding, retired, shipping), List.of(), TODAY, Locale.ENGLISH);

        assertThat(cut.columns()).extracting(cut::nextOf).containsExactly("Sanding", "Shipping", "Completed");
    }

    @Test
    void mostUrgentFirstThenEarliestDueAndOverdueMarked() {
        BoardLayout cut = BoardLayout.of(List.of(intake), List.of(
                card("B1", intake, BatchPriority.STANDARD, TODAY.minusDays(1)),
                card("B2", intake, BatchPriority.RUSH, null),
                card("B3", intake, BatchPriority.EXPEDITE, TODAY.plusDays(3)),
                card("B4", intake, BatchPriority.RUSH, TODAY)), TODAY, Locale.ENGLISH);

        List<BoardLayout.Card> cards = cut.columns().get(0).cards();
        assertThat(cards).extracting(c -> c.batch().batchNumber()).containsExactly("B3", "B4", "B2", "B1");
        assertThat(cards).extracting(BoardLayout.Card::overdue).containsExactly(false, false, false, true);
        assertThat(cards).extracting(BoardLayout.Card::isUrgent).containsExactly(true, true, true, false);
    }

    @Test
    void droppingOnTheNextStageAdvancesTheBatchTheCardShowed() {
        BatchCard b1 = card("B1", intake, BatchPriority.STANDARD, null);
        BoardLayout cut = BoardLayout.of(List.of(intake, sanding, shipping), List.of(b1), TODAY, Locale.ENGLISH);

        assertThat(cut.drop(FORM + "0:cards:0:card", FORM + "1:column")).isEqualTo(new Drop.Advance(b1, "Sanding"));
    }

    @Test
    void droppingAnywhereButTheNextStageIsRefusedNamingIt() {
        BoardLayout cut = BoardLayout.of(List.of(intake, sanding, shipping), List.of(card("B1", intake, BatchPriority.STANDARD, null)), TODAY, Locale.ENGLISH);

        assertThat(cut.drop(FORM + "0:cards:0:card", FORM + "2:column"))
                .isEqualTo(new Drop.Refused("B1 can only move to the next stage, Sanding."));
        assertThat(cut.drop(FORM + "0:cards:0:card", "board:completed"))
                .isEqualTo(new Drop.Refused("B1 can only move to the next stage, Sanding."));
        assertThat(BoardLayout.of(List.of(intake, sanding, shipping), List.of(card("B1", intake, BatchPriority.STANDARD, null)), TODAY,
                Locale.forLanguageTag("vi")).drop(FORM + "0:cards:0:card", FORM + "2:column"))
                .as("in the page's language").isEqualTo(new Drop.Refused("B1 chỉ có thể chuyển sang công đoạn kế tiếp, Sanding."));
        assertThat(cut.drop(FORM + "0:cards:0:card", "board:somewhere")).isInstanceOf(Drop.Refused.class);
        assertThat(cut.drop(FORM + "0:cards:0:card", FORM + "0:column")).isEqualTo(new Drop.Stay());
    }

    @Test
    void fromTheLastStageOnlyCompletedTakesTheBatch() {
        BatchCard last = card("B9", shipping, BatchPriority.RUSH, null);
        BoardLayout cut = BoardLayout.of(List.of(intake, sanding, shipping), List.of(last), TODAY, Locale.ENGLISH);

        assertThat(cut.drop(FORM + "2:cards:0:card", "board:completed")).isEqualTo(new Drop.Advance(last, "Completed"));
        assertThat(cut.drop(FORM + "2:cards:0:card", FORM + "0:column"))
                .isEqualTo(new Drop.Refused("B9 is at the last stage, Shipping, and can only move to Completed."));
        assertThat(cut.drop(FORM + "2:cards:0:card", "board:somewhere")).isInstanceOf(Drop.Refused.class);
    }

    @Test
    void aCardTheLayoutDoesNotHoldIsRefused() {
        BoardLayout cut = BoardLayout.of(List.of(intake, sanding), List.of(), TODAY, Locale.ENGLISH);

        assertThat(cut.drop(FORM + "0:cards:3:card", FORM + "1:column")).isInstanceOf(Drop.Refused.class);
        assertThat(cut.drop("board:notACard", FORM + "1:column")).isInstanceOf(Drop.Refused.class);
    }

    private static StageView stage(String name, int position, boolean active) {
        return new StageView(UUID.randomUUID(), name, position, BigDecimal.ONE, active, List.of(), 0);
    }

    private static BatchCard card(String number, StageView stage, BatchPriority priority, LocalDate due) {
        return new BatchCard(UUID.randomUUID(), number, priority, QualityStatus.GOOD, stage.id(), stage.name(), 1, due, null, null, null, 3);
    }
}
