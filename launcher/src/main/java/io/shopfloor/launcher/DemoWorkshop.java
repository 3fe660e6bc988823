package io.shopfloor.launcher;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Fills a new demo organization with a believable headphone workshop (seed 000): models with
 * their woods and stage estimates, customers, twelve weeks of orders in every status with their
 * status history, and batches that went through the stages with assigned workers, seven of them
 * still open, one at each stage. Every screen and chart then shows something real.
 *
 * <p>It writes as the application role with the organization and the acting user bound, exactly as
 * the server's transactions do: row level security, the order guard, every check and trigger and
 * the audit trail apply, so the demo never holds what the rules would refuse. Everything happens
 * before today (in the organization's zone) and depends only on the plan's seed and today's date.
 * One transaction: a failure leaves the organization empty.
 *
 * <p>The one place demo records come from: each module adds a step here for its own records.
 */
final class DemoWorkshop {

    /**
     * What to build: the random seed, how many weeks of history, orders a day, the customers' names,
     * their phone numbers' prefix and the factor from the catalogue's euro prices to the organization's currency.
     */
    record Plan(long seed, int weeks, double ordersPerDay, List<String> customers, String phonePrefix, BigDecimal priceFactor) {

        Plan {
            Objects.requireNonNull(customers, "customers");
            Objects.requireNonNull(phonePrefix, "phonePrefix");
            Objects.requireNonNull(priceFactor, "priceFactor");
            if (weeks < 3 || ordersPerDay <= 0 || customers.isEmpty()) {
                throw new IllegalArgumentException("A workshop needs at least 3 weeks, some orders and a customer");
            }
        }
    }

    /** The people the records are written as: a manager and the workers who do the stages' work. */
    record Staff(UUID manager, List<UUID> workers) {

        Staff {
            Objects.requireNonNull(manager, "manager");
            if (workers.isEmpty()) {
                throw new IllegalArgumentException("A workshop needs a worker");
            }
            workers = List.copyOf(workers);
        }
    }

    /** What was built. */
    record Summary(int products, int customers, int orders, int batches, int openBatches, int checklists, int checks, int issues,
                   int openIssues) {

        @Override
        public String toString() {
            return products + " models, " + customers + " customers, " + orders + " orders, " + batches + " batches ("
                    + openBatches + " open), " + checklists + " checklists, " + checks + " checks, " + issues + " issues ("
                    + openIssues + " open)";
        }
    }

    /** A model of the catalogue: its woods, hours and which stages it may skip. */
    private record Model(String name, String sku, String complexity, double baseHours, int basePrice, List<String> woods,
                         List<String> skips) {
    }

    private static final List<Model> MODELS = List.of(
            new Model("Aria Open-Back", "ARIA", "high", 14.5, 1299, List.of("Sapele", "Cherry", "Walnut", "Ash"), List.of()),
            new Model("Bastion Closed-Back", "BAST", "very_high", 18.0, 1899, List.of("Cocobolo", "Katalox", "Ziricote", "Blackwood"), List.of()),
            new Model("Cadence Studio", "CAD", "medium", 9.0, 699, List.of("Maple", "Ash", "Cherry"), List.of("Sub-Assembly")),
            new Model("Dune Reference", "DUNE", "very_high", 20.0, 2499, List.of("Walnut", "Ziricote", "Blackwood"), List.of()),
            new Model("Ember Portable", "EMB", "medium", 8.0, 549, List.of("Sapele", "Maple"), List.of("Sub-Assembly")));

    /** Hours of each seeded stage per order of a "medium" model (harder models take longer); a batch's stage takes twice that. */
    private static final Map<String, Double> STAGE_HOURS = Map.of(
            "Intake", 0.5, "Sanding", 3.0, "Finishing", 4.0, "Sub-Assembly", 2.5,
            "Final Assembly", 3.0, "Acoustic QC", 1.0, "Shipping", 0.5);

    private static final List<String> HOLD_REASONS = List.of(
            "Waiting for the customer's choice of wood", "Payment not yet received", "Customer asked to pause the order");

    private final Connection app;
    private final UUID tenantId;
    private final Plan plan;
    private final Staff staff;
    private final Random random;
    /** Quality's own chances, so adding quality left the rest of the workshop as it was. */
    private final Random qualityRandom;
    /** People's own chances, likewise. */
    private final Random peopleRandom;
    private final ZoneId zone;
    private final LocalDate today;

    private final List<Stage> stages = new ArrayList<>();
    private final List<Product> products = new ArrayList<>();
    private final List<UUID> customers = new ArrayList<>();
    private final Deque<OrderRow> pending = new ArrayDeque<>();
    private int orders;
    private int batches;
    private int openBatches;
    private int checklists;
    private int checks;
    private int issues;
    private int openIssues;
    private int openAtCheckedStages;
    /** The stages the demo's checklists are for. */
    private final Set<UUID> checkedStages = new HashSet<>();

    private record Stage(UUID id, String name, BigDecimal hours) {
    }

    private record Product(UUID id, Model model, List<UUID> options) {
    }

    private record OrderRow(UUID id, Product product, String priority, OffsetDateTime createdAt) {
    }

    private DemoWorkshop(Connection app, UUID tenantId, Plan plan, Staff staff, ZoneId zone, LocalDate today) {
        this.app = app;
        this.tenantId = tenantId;
        this.plan = plan;
        this.staff = staff;
        this.random = new Random(plan.seed());
        this.qualityRandom = new Random(plan.seed() * 31 + 7);
        this.peopleRandom = new Random(plan.seed() * 37 + 11);
        this.zone = zone;
        this.today = today;
    }

    /**
     * Builds the workshop in the organization, on {@code app}, a connection as the application role
     * (its autocommit setting is restored). Refuses an organization that already has orders: the demo
     * is only ever written into a new, empty demo organization.
     */
    static Summary build(Connection app, UUID tenantId, Plan plan, Staff staff, LocalDate today) throws SQLException {
        boolean autoCommit = app.getAutoCommit();
        app.setAutoCommit(false);
        try {
            bind(app, tenantId, staff.manager());
            ZoneId zone = ZoneId.of(text(app, "SELECT timezone FROM shopfloor.tenants WHERE id = shopfloor.current_tenant_id()"));
            if (number(app, "SELECT count(*) FROM shopfloor.orders") > 0) {
                throw new IllegalStateException("The organization already has orders; the demo workshop goes only into a new one");
            }
            DemoWorkshop workshop = new DemoWorkshop(app, tenantId, plan, staff, zone, today);
            Summary summary = workshop.fill();
            app.commit();
            return summary;
        } catch (SQLException | RuntimeException e) {
            app.rollback();
            throw e;
        } finally {
            app.setAutoCommit(autoCommit);
        }
    }

    private Summary fill() throws SQLException {
        stages();
        catalogue();
        checklists();
        people();
        customers();
        history();
        reportedIssue();
        return new Summary(products.size(), customers.size(), orders, batches, openBatches, checklists, checks, issues, openIssues);
    }

    // -- production stages and the catalogue ---------------------------------------------------

    private void stages() throws SQLException {
        try (PreparedStatement query = app.prepareStatement(
                "SELECT id, name FROM shopfloor.production_stages WHERE active ORDER BY position, lower(name)");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String name = rows.getString(2);
                stages.add(new Stage(rows.getObject(1, UUID.class), name, hours(STAGE_HOURS.getOrDefault(name, 2.0) * 2)));
            }
        }
        if (stages.isEmpty()) {
            throw new IllegalStateException("The organization has no active production stage");
        }
        for (Stage stage : stages) {
            update("UPDATE shopfloor.production_stages SET estimated_hours = ? WHERE id = ?", stage.hours(), stage.id());
        }
    }

    private void catalogue() throws SQLException {
        for (Model model : MODELS) {
            UUID productId = UUID.randomUUID();
            update("""
                    INSERT INTO shopfloor.products (id, tenant_id, name, sku_prefix, complexity, base_hours, base_price, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", productId, tenantId, model.name(), model.sku(), model.complexity(),
                    hours(model.baseHours()), BigDecimal.valueOf(model.basePrice()).multiply(plan.priceFactor()).setScale(2, RoundingMode.HALF_UP),
                    dayAt(plan.weeks() * 7 + 14, 9));
            List<UUID> options = new ArrayList<>();
            for (int position = 0; position < model.woods().size(); position++) {
                UUID optionId = UUID.randomUUID();
                update("INSERT INTO shopfloor.product_options (id, tenant_id, product_id, name, position) VALUES (?, ?, ?, ?, ?)",
                        optionId, tenantId, productId, model.woods().get(position), position);
                options.add(optionId);
            }
            double factor = switch (model.complexity()) {
                case "very_high" -> 1.6;
                case "high" -> 1.3;
                default -> 1.0;
            };
            for (int position = 0; position < stages.size(); position++) {
                Stage stage = stages.get(position);
                BigDecimal hours = hours(STAGE_HOURS.getOrDefault(stage.name(), 2.0) * factor);
                update("""
                        INSERT INTO shopfloor.product_stage_estimates (tenant_id, product_id, stage_id, hours, position, required)
                        VALUES (?, ?, ?, ?, ?, ?)""", tenantId, productId, stage.id(), hours, position, !model.skips().contains(stage.name()));
            }
            products.add(new Product(productId, model, List.copyOf(options)));
        }
    }

    private void customers() throws SQLException {
        for (String name : plan.customers()) {
            UUID id = UUID.randomUUID();
            String mailbox = ascii(name).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", ".");
            update("""
                    INSERT INTO shopfloor.customers (id, tenant_id, name, email, phone, created_at)
                    VALUES (?, ?, ?, ?, ?, ?)""", id, tenantId, name, mailbox + "@example.com",
                    String.format("%s %04d %04d", plan.phonePrefix(), random.nextInt(10_000), random.nextInt(10_000)),
                    dayAt(plan.weeks() * 7 + 7 - random.nextInt(14), 10));
            customers.add(id);
        }
    }

    // -- twelve weeks of orders and batches, day by day ---------------------------------------------

    /**
     * Walks the days from the first week to yesterday: orders come in every day; every other day
     * the manager batches the oldest pending orders; in the last seven days one batch a day, so
     * that at the end one open batch stands at each stage.
     */
    private void history() throws SQLException {
        int days = plan.weeks() * 7;
        double owed = 0;
        for (int daysAgo = days; daysAgo >= 1; daysAgo--) {
            owed += plan.ordersPerDay();
            for (; owed >= 1; owed--) {
                newOrder(daysAgo);
            }
            boolean recent = daysAgo <= stages.size();
            if (recent || daysAgo % 2 == 0) {
                int size = recent ? 2 + random.nextInt(2) : 3 + random.nextInt(4);
                List<OrderRow> chosen = new ArrayList<>();
                while (chosen.size() < size && !pending.isEmpty()) {
                    chosen.add(pending.pollFirst());
                }
                if (recent && route(chosen).size() < stages.size()) {
                    // One order of a model that goes through every stage, so the batch stands where its day says.
                    pending.stream().filter(order -> order.product().model().skips().isEmpty()).findFirst().ifPresent(order -> {
                        pending.remove(order);
                        chosen.add(order);
                    });
                }
                if (!chosen.isEmpty()) {
                    batch(daysAgo, chosen, recent ? 1 : 1 + random.nextInt(2));
                }
            }
        }
    }

    private void newOrder(int daysAgo) throws SQLException {
        Product product = products.get(random.nextInt(products.size()));
        UUID option = product.options().get(random.nextInt(product.options().size()));
        UUID customer = customers.get(random.nextInt(customers.size()));
        int roll = random.nextInt(100);
        String priority = roll < 80 ? "standard" : roll < 95 ? "rush" : "expedite";
        OffsetDateTime createdAt = dayAt(daysAgo, 8 + random.nextInt(9)).plusMinutes(random.nextInt(60));
        LocalDate due = createdAt.atZoneSameInstant(zone).toLocalDate()
                .plusDays(switch (priority) {
                    case "expedite" -> 10;
                    case "rush" -> 14;
                    default -> 21 + random.nextInt(15);
                });
        UUID id = UUID.randomUUID();
        String number = String.format("SO-%06d", number(app, "SELECT shopfloor.next_counter_value('orders')"));
        String customizations = random.nextInt(6) == 0 ? "{\"engraving\": \"" + ENGRAVINGS.get(random.nextInt(ENGRAVINGS.size())) + "\"}" : "{}";
        update("""
                INSERT INTO shopfloor.orders (id, tenant_id, order_number, customer_id, product_id, option_id, priority, due_date,
                                              customizations, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?)""",
                id, tenantId, number, customer, product.id(), option, priority, due, customizations, createdAt, createdAt);
        history(id, null, "pending", staff.manager(), Why.CREATED, createdAt);
        orders++;
        OrderRow order = new OrderRow(id, product, priority, createdAt);
        if (random.nextInt(25) == 0) {
            OffsetDateTime held = createdAt.plusHours(2);
            status(order.id(), "pending", "on_hold", staff.manager(), Why.person(HOLD_REASONS.get(random.nextInt(HOLD_REASONS.size()))), held);
        } else {
            pending.addLast(order);
        }
    }

    private static final List<String> ENGRAVINGS = List.of("For Mia", "Studio 4", "Happy 40th, Jan", "Listen closely");

    /**
     * A batch of these orders created {@code daysAgo}, spending {@code daysPerStage} at each stage of
     * its route. It is completed if the route ends before today; otherwise it stays at the stage it
     * reached, its work there opened and, for some, started. Completed orders ship a few days later.
     */
    private void batch(int daysAgo, List<OrderRow> chosen, int daysPerStage) throws SQLException {
        List<Stage> route = route(chosen);
        // At the end of the day, after the day's orders came in (from 8 to 17 o'clock).
        OffsetDateTime createdAt = dayAt(daysAgo, 17).plusMinutes(30 + random.nextInt(30));
        LocalDate createdDay = createdAt.atZoneSameInstant(zone).toLocalDate();
        String day = createdDay.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        String number = "B" + day + "-" + String.format("%03d", number(app, "SELECT shopfloor.next_counter_value(?)", "batch:" + day));
        String priority = chosen.stream().map(OrderRow::priority).max(java.util.Comparator.comparingInt(DemoWorkshop::urgency)).orElseThrow();
        int reached = Math.min(route.size() - 1, (daysAgo - 1) / daysPerStage);
        boolean completes = daysAgo > route.size() * daysPerStage;
        UUID batchId = UUID.randomUUID();
        update("""
                INSERT INTO shopfloor.batches (id, tenant_id, batch_number, priority, current_stage_id, target_completion,
                                               created_by, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                batchId, tenantId, number, priority, route.get(0).id(), createdDay.plusDays(route.size() * 2L),
                staff.manager(), createdAt, createdAt);
        for (OrderRow order : chosen) {
            update("INSERT INTO shopfloor.batch_orders (tenant_id, batch_id, order_id, added_by, added_at) VALUES (?, ?, ?, ?, ?)",
                    tenantId, batchId, order.id(), staff.manager(), createdAt);
            status(order.id(), "pending", "in_production", staff.manager(), Why.batch("added_to_batch", batchId), createdAt);
        }
        batches++;

        OffsetDateTime finished = null;
        int last = completes ? route.size() - 1 : reached;
        for (int position = 0; position <= last; position++) {
            Stage stage = route.get(position);
            OffsetDateTime opened = position == 0 ? createdAt : dayAt(daysAgo - position * daysPerStage, 8).plusMinutes(random.nextInt(40));
            UUID worker = worker(position, completes);
            boolean done = completes || position < reached;
            boolean started = done || random.nextBoolean();
            OffsetDateTime startedAt = started ? opened.plusMinutes(20 + random.nextInt(120)) : null;
            OffsetDateTime completedAt = null;
            if (done) {
                // Within the day: the next stage opens the next morning.
                double hours = stage.hours().doubleValue() * (0.7 + random.nextDouble() * 0.6);
                completedAt = startedAt.plus(Duration.ofMinutes(Math.round(hours * 60)));
                finished = completedAt;
            }
            UUID assignmentId = UUID.randomUUID();
            update("""
                    INSERT INTO shopfloor.stage_assignments (id, tenant_id, batch_id, stage_id, worker_id, opened_at, started_at,
                                                             completed_at, completed_by, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    assignmentId, tenantId, batchId, stage.id(), done ? worker : null, opened, startedAt, completedAt, done ? worker : null,
                    opened, opened);
            if (done) {
                timeOnTheJob(assignmentId, worker, startedAt, completedAt);
            } else {
                openWork(assignmentId, batchId, stage, worker, startedAt);
            }
            update("UPDATE shopfloor.batches SET current_stage_id = ? WHERE id = ?", stage.id(), batchId);
            if (done) {
                passChecks(batchId, worker, startedAt, completedAt);
            } else if (started) {
                openStageChecks(batchId, worker, startedAt);
            }
        }
        if (!completes) {
            openBatches++;
            return;
        }
        update("UPDATE shopfloor.batches SET completed_at = ? WHERE id = ?", finished, batchId);
        for (OrderRow order : chosen) {
            status(order.id(), "in_production", "completed", staff.manager(), Why.batch("batch_completed", batchId), finished);
            OffsetDateTime shipped = finished.plusDays(1 + random.nextInt(3)).withHour(15);
            if (shipped.atZoneSameInstant(zone).toLocalDate().isBefore(today)) {
                status(order.id(), "completed", "shipped", staff.manager(), Why.person("Handed to the carrier"), shipped);
            }
        }
    }

    // -- quality: checklists, the checks of every stage's work, issues ---------------------------

    /** A demo checklist: the stage it is for, its name, whether per order, and its items. */
    private record DemoChecklist(String stage, String model, String name, String scope, List<DemoItem> items) {
    }

    /** An item: a pass/fail question (no unit) or a measurement with its unit, nominal value and limits. */
    private record DemoItem(String category, String text, String unit, double nominal, double lower, double upper, String severity) {
        static DemoItem question(String category, String text, String severity) {
            return new DemoItem(category, text, null, 0, 0, 0, severity);
        }
    }

    private static final List<DemoChecklist> CHECKLISTS = List.of(
            new DemoChecklist("Sanding", null, "Cups after sanding", "batch", List.of(
                    DemoItem.question("Surface", "Grain free of tear-out", "warning"),
                    new DemoItem("Dimensions", "Cup wall thickness", "mm", 4.0, 3.8, 4.2, "critical"))),
            new DemoChecklist("Acoustic QC", null, "Acoustic test", "batch", List.of(
                    new DemoItem("Sound", "Left/right balance at 1 kHz", "dB", 0.0, -1.0, 1.0, "critical"),
                    DemoItem.question("Sound", "No rattle at 100 dB", "hold"),
                    DemoItem.question("Finish", "Cable strain relief seated", "warning"))),
            new DemoChecklist("Final Assembly", "Aria Open-Back", "Engraving and fit, per order", "order", List.of(
                    DemoItem.question("Customization", "Engraving matches the order", "critical"),
                    new DemoItem("Fit", "Headband clamping force", "N", 4.5, 3.5, 5.5, "warning"))));

    /**
     * The demo's checklists, published before the history begins: two stage defaults and one for a
     * model's orders. A stage or model the organization does not have gets none.
     */
    private void checklists() throws SQLException {
        OffsetDateTime published = dayAt(plan.weeks() * 7 + 10, 10);
        for (DemoChecklist checklist : CHECKLISTS) {
            Stage stage = stages.stream().filter(s -> s.name().equals(checklist.stage())).findFirst().orElse(null);
            Product product = checklist.model() == null ? null
                    : products.stream().filter(p -> p.model().name().equals(checklist.model())).findFirst().orElse(null);
            if (stage == null || (checklist.model() != null && product == null)) {
                continue;
            }
            UUID id = UUID.randomUUID();
            update("""
                    INSERT INTO shopfloor.checklist_templates (tenant_id, id, lineage_id, name, product_id, stage_id, scope, created_by, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", tenantId, id, id, checklist.name(), product == null ? null : product.id(),
                    stage.id(), checklist.scope(), staff.manager(), published.minusDays(1));
            for (int position = 0; position < checklist.items().size(); position++) {
                DemoItem item = checklist.items().get(position);
                boolean measurement = item.unit() != null;
                update("""
                        INSERT INTO shopfloor.checklist_items (tenant_id, template_id, position, category, item_text, kind, unit,
                                                               nominal_value, lower_limit, upper_limit, severity)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", tenantId, id, position, item.category(), item.text(),
                        measurement ? "measurement" : "pass_fail", item.unit(), measurement ? BigDecimal.valueOf(item.nominal()) : null,
                        measurement ? BigDecimal.valueOf(item.lower()) : null, measurement ? BigDecimal.valueOf(item.upper()) : null,
                        item.severity());
            }
            update("UPDATE shopfloor.checklist_templates SET status = 'active', published_at = ? WHERE id = ?", published, id);
            checkedStages.add(stage.id());
            checklists++;
        }
    }

    /**
     * The checks a finished stage's work needed, filed by its worker before the batch moved on: all
     * passing, though now and then a reading fails first, its issue is opened by the failed check
     * and resolved by the manager the same day, and the worker checks again.
     */
    private void passChecks(UUID batchId, UUID worker, OffsetDateTime from, OffsetDateTime until) throws SQLException {
        if (!checkedStages.contains(stageOf(batchId))) {
            return;
        }
        for (Need need : needs(batchId)) {
            OffsetDateTime at = from.plusMinutes(10);
            if (qualityRandom.nextInt(8) == 0) {
                UUID issue = fileCheck(batchId, need, worker, at, true);
                bind(app, tenantId, staff.manager());
                update("""
                        UPDATE shopfloor.issues SET assigned_to = ?, root_cause = ?, resolution = ?, resolved_at = ?, resolved_by = ?
                        WHERE id = ?""", worker, "Worn sanding pad", "Pad replaced; the cups were sanded again", at.plusMinutes(50),
                        staff.manager(), issue);
                openIssues--;
                at = at.plusMinutes(60);
            }
            fileCheck(batchId, need, worker, at.isBefore(until) ? at : from, false);
        }
    }

    /**
     * The checks of an open batch's current stage: every other one failed, and its issue is open
     * (the batch waits for it); the others are not filed yet (the worker files them from My work).
     */
    private void openStageChecks(UUID batchId, UUID worker, OffsetDateTime startedAt) throws SQLException {
        if (!checkedStages.contains(stageOf(batchId)) || openAtCheckedStages++ % 2 == 1) {
            return;
        }
        for (Need need : needs(batchId)) {
            fileCheck(batchId, need, worker, startedAt.plusMinutes(15), true);
        }
    }

    /** An issue a worker reported two days ago on the oldest open batch, assigned to them and overdue by now. */
    private void reportedIssue() throws SQLException {
        UUID worker = staff.workers().get(0);
        bind(app, tenantId, worker);
        update("""
                INSERT INTO shopfloor.issues (tenant_id, issue_number, batch_id, stage_id, category_id, severity, title, description,
                                              reported_by, assigned_to, created_at)
                SELECT ?, 'Q-' || lpad(shopfloor.next_counter_value('issues')::text, 6, '0'), b.id, b.current_stage_id, k.id,
                       k.default_severity, ?, ?, ?, ?, ?
                FROM shopfloor.batches b, shopfloor.issue_categories k
                WHERE b.completed_at IS NULL AND k.code = 'equipment'
                ORDER BY b.created_at LIMIT 1""", tenantId, "Band saw blade drifts", "Cuts wander up to 2 mm on the cup blanks.", worker,
                worker, dayAt(2, 10));
        bind(app, tenantId, staff.manager());
        issues++;
        openIssues++;
    }

    /** A need of the batch's gate: the checklist and, for a per-order one, the order. */
    private record Need(UUID templateId, UUID orderId) {
    }

    private List<Need> needs(UUID batchId) throws SQLException {
        List<Need> needs = new ArrayList<>();
        try (PreparedStatement query = app.prepareStatement("SELECT template_id, order_id FROM shopfloor.quality_gate_needs(?, ?)")) {
            query.setObject(1, tenantId);
            query.setObject(2, batchId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    needs.add(new Need(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class)));
                }
            }
        }
        return needs;
    }

    private UUID stageOf(UUID batchId) throws SQLException {
        try (PreparedStatement query = app.prepareStatement("SELECT current_stage_id FROM shopfloor.batches WHERE id = ?")) {
            query.setObject(1, batchId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getObject(1, UUID.class);
            }
        }
    }

    /**
     * Files a check as the worker, with the results the database judges: every item passes, or
     * (when {@code failing}) the first measurement reads above its limit and the check opens its
     * issue, as the server does. Returns that issue, or null.
     */
    private UUID fileCheck(UUID batchId, Need need, UUID worker, OffsetDateTime openedAt, boolean failing) throws SQLException {
        bind(app, tenantId, worker);
        UUID check = UUID.randomUUID();
        update("""
                INSERT INTO shopfloor.quality_checks (tenant_id, id, batch_id, order_id, stage_id, template_id, worker_id, opened_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", tenantId, check, batchId, need.orderId(), stageOf(batchId), need.templateId(), worker, openedAt);
        String failedItem = null;
        String failedLine = null;
        try (PreparedStatement query = app.prepareStatement("""
                SELECT i.id, i.kind, i.nominal_value, i.upper_limit, i.item_text, i.category, i.unit, i.lower_limit
                FROM shopfloor.checklist_items i WHERE i.template_id = ? ORDER BY i.position""")) {
            query.setObject(1, need.templateId());
            try (ResultSet items = query.executeQuery()) {
                while (items.next()) {
                    boolean measurement = "measurement".equals(items.getString(2));
                    BigDecimal reading = null;
                    if (measurement) {
                        BigDecimal nominal = items.getBigDecimal(3);
                        BigDecimal upper = items.getBigDecimal(4);
                        boolean fails = failing && failedItem == null;
                        reading = fails ? upper.add(upper.subtract(nominal).abs().max(BigDecimal.ONE).multiply(BigDecimal.valueOf(0.3)))
                                : nominal.add(upper.subtract(nominal).multiply(BigDecimal.valueOf(qualityRandom.nextDouble() - 0.5)));
                        reading = reading.setScale(2, RoundingMode.HALF_UP);
                        if (fails) {
                            failedItem = items.getString(5);
                            failedLine = "• " + items.getString(6) + " / " + failedItem + ": " + reading.stripTrailingZeros().toPlainString() + " "
                                    + items.getString(7) + " [" + items.getBigDecimal(8).stripTrailingZeros().toPlainString() + " – "
                                    + upper.stripTrailingZeros().toPlainString() + "]";
                        }
                    }
                    update("INSERT INTO shopfloor.quality_check_results (tenant_id, check_id, item_id, passed, reading) VALUES (?, ?, ?, ?, ?)",
                            tenantId, check, items.getObject(1, UUID.class), !measurement || !failing, reading);
                }
            }
        }
        OffsetDateTime completedAt = openedAt.plusMinutes(5 + qualityRandom.nextInt(20));
        update("UPDATE shopfloor.quality_checks SET completed_at = ? WHERE id = ?", completedAt, check);
        checks++;
        UUID issue = null;
        if (failedItem != null) {
            issue = UUID.randomUUID();
            update("""
                    INSERT INTO shopfloor.issues (tenant_id, id, issue_number, batch_id, order_id, stage_id, check_id, category_id, severity,
                                                  title, description, reported_by, created_at)
                    SELECT ?, ?, 'Q-' || lpad(shopfloor.next_counter_value('issues')::text, 6, '0'), ?, ?, c.stage_id, c.id, k.id, c.status,
                           t.name || ': ' || ?, ?, ?, ?
                    FROM shopfloor.quality_checks c JOIN shopfloor.checklist_templates t ON t.id = c.template_id,
                         shopfloor.issue_categories k
                    WHERE c.id = ? AND k.code = 'failed_check'""", tenantId, issue, batchId, need.orderId(), failedItem, failedLine, worker,
                    completedAt, check);
            issues++;
            openIssues++;
        }
        bind(app, tenantId, staff.manager());
        return issue;
    }

    /** The stages the batch goes through: those at least one of its orders' models requires. */
    // -- people: skills, profiles, hours, time on the job ----------------------------------------

    private static final List<String> DEPARTMENTS = List.of("Wood shop", "Finishing", "Assembly", "Acoustics");

    /**
     * Every worker is qualified for every stage, most expert at some; the second worker's Acoustic QC
     * certificate runs out within the month. The last works Fridays half a day; the first has an
     * approved day off next week, the second asks for half a day in two weeks (waiting for the
     * manager); the organization closes on New Year's Day.
     */
    private void people() throws SQLException {
        List<UUID> workers = staff.workers();
        for (int w = 0; w < workers.size(); w++) {
            UUID worker = workers.get(w);
            update("""
                    INSERT INTO shopfloor.worker_profiles (tenant_id, user_id, employee_number, department, hire_date, phone)
                    VALUES (?, ?, ?, ?, ?, ?)""", tenantId, worker, String.format("E-%04d", 101 + w), DEPARTMENTS.get(w % DEPARTMENTS.size()),
                    today.minusYears(1 + w).minusDays(peopleRandom.nextInt(200)), plan.phonePrefix() + (5550100 + w));
            for (int position = 0; position < stages.size(); position++) {
                Stage stage = stages.get(position);
                boolean expiring = w == 1 && "Acoustic QC".equals(stage.name());
                update("""
                        INSERT INTO shopfloor.worker_skills (tenant_id, user_id, stage_id, level, expires_on, notes)
                        VALUES (?, ?, ?, ?, ?, ?)""", tenantId, worker, stage.id(), (position + w) % 3 == 0 ? "expert" : "qualified",
                        expiring ? today.plusDays(20) : null, expiring ? "Listening test certificate" : null);
            }
        }
        UUID partTime = workers.get(workers.size() - 1);
        update("INSERT INTO shopfloor.work_patterns (tenant_id, user_id, weekday, hours) SELECT ?, ?, d, CASE WHEN d <= 4 THEN 8 WHEN d = 5 THEN 4 ELSE 0 END"
                + " FROM generate_series(1, 7) AS d", tenantId, partTime);
        update("INSERT INTO shopfloor.organization_holidays (tenant_id, day, name) VALUES (?, ?, ?)",
                tenantId, LocalDate.of(today.getYear() + 1, 1, 1), "New Year's Day");
        LocalDate dayOff = today.plusWeeks(1).with(java.time.DayOfWeek.WEDNESDAY);
        update("""
                INSERT INTO shopfloor.availability_exceptions (tenant_id, user_id, day, kind, hours, note, status, requested_by, decided_by, decided_at)
                VALUES (?, ?, ?, 'leave', 0, 'Moving house', 'approved', ?, ?, now())""",
                tenantId, workers.get(0), dayOff, workers.get(0), staff.manager());
        UUID asking = workers.get(Math.min(1, workers.size() - 1));
        update("""
                INSERT INTO shopfloor.availability_exceptions (tenant_id, user_id, day, kind, hours, note, requested_by)
                VALUES (?, ?, ?, 'half_day', 4, 'Doctor''s appointment', ?)""",
                tenantId, asking, today.plusWeeks(2).with(java.time.DayOfWeek.FRIDAY), asking);
    }

    /** Done work's time: one interval, or two around a break when it took more than three hours. */
    private void timeOnTheJob(UUID assignmentId, UUID worker, OffsetDateTime from, OffsetDateTime until) throws SQLException {
        Duration took = Duration.between(from, until);
        if (took.toHours() >= 3) {
            OffsetDateTime pause = from.plus(took.dividedBy(2));
            interval(assignmentId, worker, from, pause, "break");
            interval(assignmentId, worker, pause.plusMinutes(15), until, "completed");
        } else {
            interval(assignmentId, worker, from, until, "completed");
        }
    }

    /**
     * Open work: started work has its time so far, paused for a reason; then the worker is given it
     * as a planner would, on the first day within two weeks that the rules allow (skill and hours),
     * or it stays unassigned.
     */
    private void openWork(UUID assignmentId, UUID batchId, Stage stage, UUID worker, OffsetDateTime startedAt) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now();
        if (startedAt != null && startedAt.isBefore(now.minusMinutes(30))) {
            OffsetDateTime paused = startedAt.plusMinutes(30 + peopleRandom.nextInt(60));
            interval(assignmentId, worker, startedAt, paused.isAfter(now) ? now.minusMinutes(1) : paused,
                    List.of("material", "machine", "break").get(peopleRandom.nextInt(3)));
        }
        LocalDate planned = day(app, """
                WITH first AS (SELECT greatest(?::date, shopfloor.organization_today(?)) AS day)
                SELECT d::date FROM first, generate_series(first.day, first.day + 13, interval '1 day') AS d
                WHERE (shopfloor.assignment_refusal(?, ?, ?, ?, ?, d::date)).rule IS NULL ORDER BY d LIMIT 1""",
                today, tenantId, tenantId, assignmentId, batchId, stage.id(), worker);
        if (planned != null) {
            update("UPDATE shopfloor.stage_assignments SET worker_id = ?, planned_on = ? WHERE tenant_id = ? AND id = ?",
                    worker, planned, tenantId, assignmentId);
        }
    }

    /** An interval of the worker's time, entered by the manager; left out where the worker's time already runs. */
    private void interval(UUID assignmentId, UUID worker, OffsetDateTime from, OffsetDateTime until, String endReason) throws SQLException {
        if (!until.isAfter(from) || until.isAfter(OffsetDateTime.now())) {
            return;
        }
        update("""
                INSERT INTO shopfloor.work_intervals (tenant_id, user_id, assignment_id, started_at, ended_at, end_reason, created_by)
                SELECT ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (
                    SELECT 1 FROM shopfloor.work_intervals i WHERE i.tenant_id = ? AND i.user_id = ?
                       AND tstzrange(i.started_at, i.ended_at) && tstzrange(?, ?))""",
                tenantId, worker, assignmentId, from, until, endReason, staff.manager(), tenantId, worker, from, until);
    }

    private List<Stage> route(List<OrderRow> chosen) {
        return stages.stream()
                .filter(stage -> chosen.stream().anyMatch(order -> !order.product().model().skips().contains(stage.name())))
                .toList();
    }

    /** Who did (or is to do) the work: open batches' current work mostly goes to the first worker, the demo's sign-in. */
    private UUID worker(int position, boolean completes) {
        List<UUID> workers = staff.workers();
        if (!completes && random.nextInt(3) == 0) {
            return workers.get(0);
        }
        return workers.get((position + random.nextInt(workers.size())) % workers.size());
    }

    private static int urgency(String priority) {
        return switch (priority) {
            case "expedite" -> 2;
            case "rush" -> 1;
            default -> 0;
        };
    }

    private void status(UUID orderId, String from, String to, UUID by, Why why, OffsetDateTime at) throws SQLException {
        update("UPDATE shopfloor.orders SET status = ?, updated_at = ? WHERE id = ? AND status = ?", to, at, orderId, from);
        history(orderId, from, to, by, why, at);
    }

    private void history(UUID orderId, String from, String to, UUID by, Why why, OffsetDateTime at) throws SQLException {
        update("""
                INSERT INTO shopfloor.order_status_history (tenant_id, order_id, old_status, new_status, changed_by, cause, batch_id,
                                                            reason, changed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", tenantId, orderId, from, to, by, why.cause(), why.batchId(), why.reason(), at);
    }

    /** Why a status changed, as the history stores it: a cause, production's batch, a person's words. */
    private record Why(String cause, UUID batchId, String reason) {
        static final Why CREATED = new Why("created", null, null);

        static Why person(String reason) {
            return new Why("changed", null, reason);
        }

        static Why batch(String cause, UUID batchId) {
            return new Why(cause, batchId, null);
        }
    }

    /** The text without its accents (Nguyễn → Nguyen), for the demo's e-mail addresses. */
    static String ascii(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D');
    }

    // -- JDBC ---------------------------------------------------------------------------------

    /** The moment {@code daysAgo} days before today at {@code hour} o'clock, in the organization's zone. */
    private OffsetDateTime dayAt(int daysAgo, int hour) {
        return today.minusDays(daysAgo).atTime(LocalTime.of(hour, 0)).atZone(zone).toOffsetDateTime();
    }

    private static BigDecimal hours(double hours) {
        return BigDecimal.valueOf(hours).setScale(2, RoundingMode.HALF_UP);
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = app.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    /** Binds the organization and the acting user to the transaction, as the server's TenantSession does. */
    private static void bind(Connection app, UUID tenantId, UUID userId) throws SQLException {
        try (PreparedStatement statement = app.prepareStatement(
                "SELECT set_config('app.tenant_id', ?, true), set_config('app.user_id', ?, true)")) {
            statement.setString(1, tenantId.toString());
            statement.setString(2, userId.toString());
            statement.execute();
        }
    }

    private static long number(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static LocalDate day(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getObject(1, LocalDate.class) : null;
            }
        }
    }

    private static String text(Connection connection, String sql) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getString(1);
        }
    }
}
