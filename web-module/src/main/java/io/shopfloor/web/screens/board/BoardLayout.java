package io.shopfloor.web.screens.board;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.shopfloor.production.entity.BatchCard;
import io.shopfloor.production.entity.BatchPriority;
import io.shopfloor.production.entity.QualityStatus;
import io.shopfloor.production.entity.StageView;

import io.shopfloor.web.common.Texts;

/**
 * The board as one render showed it: a column per active stage in stage order (plus any
 * deactivated stage that still holds batches), each with its incomplete batches, most urgent first.
 * It also decides what a drop means, from the ids of the card and the column as that render named
 * them, so a drop always acts on the batch, and the version, the person saw.
 */
public final class BoardLayout implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The name of the drop target that completes a batch at its last stage. */
    public static final String COMPLETED = "Completed";

    /** Client ids as board.xhtml names them: {@code …:stages:<column>:cards:<card>:card}, {@code …:stages:<column>:column}. */
    private static final Pattern CARD = Pattern.compile("(?:^|:)stages:(\\d+):cards:(\\d+):card$");
    private static final Pattern COLUMN = Pattern.compile("(?:^|:)stages:(\\d+):column$");
    private static final Pattern COMPLETED_COLUMN = Pattern.compile("(?:^|:)completed$");

    /** Expedite first, then rush, then standard; earlier due dates first; then by number. */
    private static final List<BatchPriority> MOST_URGENT_FIRST = List.of(BatchPriority.EXPEDITE, BatchPriority.RUSH, BatchPriority.STANDARD);
    private static final Comparator<BatchCard> URGENCY = Comparator
            .comparing((BatchCard c) -> MOST_URGENT_FIRST.indexOf(c.priority()))
            .thenComparing(BatchCard::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(BatchCard::batchNumber);

    private final List<Column> columns;
    /** The language the board's refusals speak. */
    private final Locale locale;

    /**
     * A stage's column. {@code next} is the index of the column a batch here moves to, or -1 when
     * this is the last active stage (its batches move to {@link #COMPLETED}).
     */
    public record Column(UUID stageId, String name, boolean active, List<Card> cards, int next) implements Serializable {

        private static final long serialVersionUID = 1L;

        public Column {
            cards = List.copyOf(cards);
        }

        public int getSize() {
            return cards.size();
        }
    }

    /** A batch's card; {@code overdue}: incomplete and its due date has passed. */
    public record Card(BatchCard batch, boolean overdue) implements Serializable {

        private static final long serialVersionUID = 1L;

        public boolean isUrgent() {
            return batch.priority() != BatchPriority.STANDARD;
        }

        public boolean isQualityGood() {
            return batch.qualityStatus() == QualityStatus.GOOD;
        }
    }

    /** What a drop means. */
    public sealed interface Drop extends Serializable {

        /** Move the batch on to {@code to} (a stage name, or {@link #COMPLETED}). */
        record Advance(BatchCard batch, String to) implements Drop {
        }

        /** Put back where it was: nothing to do. */
        record Stay() implements Drop {
        }

        /** Not allowed; {@code message} says why and where it may go. */
        record Refused(String message) implements Drop {
        }
    }

    private BoardLayout(List<Column> columns, Locale locale) {
        this.locale = locale;
        this.columns = List.copyOf(columns);
    }

    /**
     * @param stages every stage in stage order, deactivated ones included (as {@code ProductionStages.list()} gives them)
     * @param cards  the incomplete batches (as {@code Batches.board()} gives them)
     * @param today  the day that decides what is overdue
     */
    public static BoardLayout of(List<StageView> stages, List<BatchCard> cards, LocalDate today, Locale locale) {
        Map<UUID, List<BatchCard>> byStage = new LinkedHashMap<>();
        cards.forEach(c -> byStage.computeIfAbsent(c.stageId(), k -> new ArrayList<>()).add(c));
        List<StageView> shown = stages.stream().filter(s -> s.active() || byStage.containsKey(s.id())).toList();
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            StageView stage = shown.get(i);
            // A batch moves to the next ACTIVE stage, also from a stage deactivated while it was there.
            int next = -1;
            for (int j = i + 1; j < shown.size() && next < 0; j++) {
                next = shown.get(j).active() ? j : -1;
            }
            List<Card> stageCards = byStage.getOrDefault(stage.id(), List.of()).stream().sorted(URGENCY)
                    .map(c -> new Card(c, c.isOverdue(today))).toList();
            columns.add(new Column(stage.id(), stage.name(), stage.active(), stageCards, next));
        }
        return new BoardLayout(columns, locale);
    }

    public List<Column> columns() {
        return columns;
    }

    public int batchCount() {
        return columns.stream().mapToInt(Column::getSize).sum();
    }

    /** The name of where a batch in {@code column} moves next: the next active stage, or {@link #COMPLETED}. */
    public String nextOf(Column column) {
        return column.next() < 0 ? COMPLETED : columns.get(column.next()).name();
    }

    /**
     * What dropping the card {@code dragId} on the column {@code dropId} means: only the next
     * active stage (or Completed, from the last one) moves a batch on.
     */
    public Drop drop(String dragId, String dropId) {
        Matcher card = CARD.matcher(dragId == null ? "" : dragId);
        if (!card.find()) {
            return new Drop.Refused(Texts.in(locale, "board.refused.notACard"));
        }
        int from = Integer.parseInt(card.group(1));
        int index = Integer.parseInt(card.group(2));
        if (from >= columns.size() || index >= columns.get(from).cards().size()) {
            return new Drop.Refused(Texts.in(locale, "board.refused.changed"));
        }
        return move(from, columns.get(from).cards().get(index).batch(), target(dropId));
    }

    /**
     * The keyboard's "Move to": the batch (by id, as the board shows it) to the column named
     * {@code stageName} or {@link #COMPLETED}, under the same rules as a drop.
     */
    public Drop moveTo(String batchId, String stageName) {
        for (int from = 0; from < columns.size(); from++) {
            for (Card card : columns.get(from).cards()) {
                if (card.batch().id().toString().equals(batchId)) {
                    int target = COMPLETED.equals(stageName) ? -1 : -2;
                    for (int i = 0; i < columns.size(); i++) {
                        if (columns.get(i).name().equals(stageName)) {
                            target = i;
                        }
                    }
                    return move(from, card.batch(), target);
                }
            }
        }
        return new Drop.Refused(Texts.in(locale, "board.refused.noBatch"));
    }

    /** Every incomplete batch on the board, in board order: what "Move to" can move. */
    public List<BatchCard> batches() {
        return columns.stream().flatMap(c -> c.cards().stream()).map(Card::batch).toList();
    }

    private Drop move(int from, BatchCard batch, int target) {
        Column source = columns.get(from);
        if (target == from) {
            return new Drop.Stay();
        }
        if (target == source.next()) {
            return new Drop.Advance(batch, nextOf(source));
        }
        if (source.next() < 0) {
            return new Drop.Refused(Texts.in(locale, "board.refused.lastStage", batch.batchNumber(), source.name(), Texts.in(locale, "board.completed")));
        }
        return new Drop.Refused(Texts.in(locale, "board.refused.notNext", batch.batchNumber(), nextOf(source)));
    }

    /** The column index of a drop target: -1 for Completed (as {@link Column#next()} names it), -2 for anything else. */
    private static int target(String dropId) {
        String id = dropId == null ? "" : dropId;
        if (COMPLETED_COLUMN.matcher(id).find()) {
            return -1;
        }
        Matcher column = COLUMN.matcher(id);
        return column.find() ? Integer.parseInt(column.group(1)) : -2;
    }
}
