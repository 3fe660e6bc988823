package io.shopfloor.benchmarks;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Consumer;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Fills a migrated, empty Shopfloor database with a data set as {@link DataSetPlan} describes it.
 *
 * <p>Organizations are created as the application creates them (their triggers seed the built-in
 * roles and the production stages). Everything else is generated in Java and loaded with COPY,
 * with triggers off ({@code session_replication_role = replica}): the generator writes consistent
 * data itself — every key points at a row of the same organization, statuses agree with the status
 * history and the batches, an order is in at most one incomplete batch — and the custom field
 * look-up rows the lookup trigger would have written. Audit rows and counters are then written
 * set-wise in SQL.
 *
 * <p>Per organization: users (an administrator, two managers, a viewer and workers), customers
 * (one per 8 orders), 8–20 products with 3–5 options and an estimate per stage, three custom
 * fields on orders, orders created over two years, their status history, batches of 4–12 orders
 * with their work per stage. Old orders are shipped, recent ones pending or in production. Quality:
 * a checklist for every stage but the first, a check per batch and checked stage with its results
 * (1 in 12 fails first and is checked again) and the products each completed check covered, the
 * issues failed checks opened and a few reported ones; a batch's quality status is its worst open
 * issue's severity. People: a profile and skills per worker, a leave day a month, holidays, and
 * the time each done piece of work took, one worker on one thing at a time.
 */
public final class DataSetGenerator {

    /** Raised whenever the generator writes other rows for the same plan, so a data set built before is built again. */
    static final int GENERATION = 4;

    private static final String[] WOODS = {"Sapele", "Walnut", "Cherry", "Ash", "Maple", "Cocobolo", "Bubinga", "Ebony"};
    private static final String[] FINISHES = {"matte", "gloss", "satin", "oiled"};
    private static final String[] ZONES = {"Europe/Berlin", "America/New_York", "Asia/Tokyo", "UTC", "Europe/London"};
    private static final String[] COMPLEXITY = {"low", "medium", "high", "very_high"};
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final long DAY_SECONDS = 86_400;

    private final DataSetPlan plan;
    private final Consumer<String> progress;
    private final OffsetDateTime now;

    public DataSetGenerator(DataSetPlan plan, Consumer<String> progress) {
        this.plan = plan;
        this.progress = progress;
        this.now = plan.asOf().atTime(12, 0).atOffset(ZoneOffset.UTC);
    }

    /** What was loaded, by table, and how long it took. */
    public record Summary(Map<String, Long> rows, Duration loadTime) {
    }

    /** Loads the data set through {@code superuser}; the database must hold no organization yet. */
    public Summary generate(Connection superuser) throws SQLException {
        long started = System.nanoTime();
        superuser.setAutoCommit(false);
        requireEmpty(superuser);
        List<Long> perTenant = plan.ordersPerTenant();
        List<Organization> organizations = new ArrayList<>();
        for (int i = 0; i < plan.tenants(); i++) {
            organizations.add(createOrganization(superuser, i));
        }
        superuser.commit();
        progress.accept(String.format("%d organizations with their roles and stages (%.1f s)", organizations.size(), seconds(started)));

        Tables tables = new Tables(superuser.unwrap(PGConnection.class).getCopyAPI());
        try (Statement s = superuser.createStatement()) {
            s.execute("SET session_replication_role = replica");
        }
        long loaded = 0;
        for (int i = 0; i < organizations.size(); i++) {
            new OrganizationData(organizations.get(i), perTenant.get(i), tables).write();
            loaded += perTenant.get(i);
            if (i == 0 || (i + 1) % 10 == 0 || i == organizations.size() - 1) {
                progress.accept(String.format("%,d of %,d orders: %d of %d organizations (%.1f s)", loaded, plan.orders(), i + 1,
                        organizations.size(), seconds(started)));
            }
        }
        tables.flushAll();
        progress.accept(String.format("COPY done (%.1f s)", seconds(started)));

        // Still without triggers: the rows the triggers would have written, set-wise.
        Map<String, Long> rows = new LinkedHashMap<>(tables.counts());
        rows.put("audit_log", writeAuditRows(superuser, started));
        derive(superuser, """
                INSERT INTO shopfloor.tenant_counters (tenant_id, name, last_value)
                SELECT tenant_id, 'orders', count(*) FROM shopfloor.orders GROUP BY tenant_id
                UNION ALL
                SELECT tenant_id, 'batch:' || substr(batch_number, 2, 8), count(*) FROM shopfloor.batches
                GROUP BY tenant_id, substr(batch_number, 2, 8)
                UNION ALL
                SELECT tenant_id, 'issues', count(*) FROM shopfloor.issues GROUP BY tenant_id""", started);
        rows.put("work_results", recordWorkResults(superuser, started));
        try (Statement s = superuser.createStatement()) {
            s.execute("SET session_replication_role = origin");
        }
        superuser.commit();
        superuser.setAutoCommit(true);
        try (Statement s = superuser.createStatement()) {
            s.execute("ANALYZE");
        }
        progress.accept(String.format("ANALYZE done (%.1f s)", seconds(started)));
        return new Summary(rows, Duration.ofNanos(System.nanoTime() - started));
    }

    // ------------------------------------------------------------------------------ organizations

    private record Organization(int index, UUID id, String slug, Map<String, UUID> roles, List<UUID> stages,
                                Map<String, UUID> categories, Map<String, Integer> slaHours) {
    }

    private Organization createOrganization(Connection c, int index) throws SQLException {
        SplittableRandom random = random(index, 0);
        UUID id = uuid(random);
        String slug = String.format("bench-%03d", index + 1);
        try (PreparedStatement tenant = c.prepareStatement("SELECT set_config('app.tenant_id', ?, true)");
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO shopfloor.tenants (id, name, slug, timezone, created_at) VALUES (?, ?, ?, ?, ?)")) {
            tenant.setString(1, id.toString());
            tenant.execute();
            insert.setObject(1, id);
            insert.setString(2, String.format("Bench Workshop %03d", index + 1));
            insert.setString(3, slug);
            insert.setString(4, ZONES[index % ZONES.length]);
            insert.setObject(5, now.minusDays(800));
            insert.executeUpdate();
        }
        Map<String, UUID> roles = new HashMap<>();
        try (PreparedStatement query = c.prepareStatement("SELECT name, id FROM shopfloor.roles WHERE tenant_id = ?")) {
            query.setObject(1, id);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    roles.put(rows.getString(1), rows.getObject(2, UUID.class));
                }
            }
        }
        List<UUID> stages = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement("SELECT id FROM shopfloor.production_stages WHERE tenant_id = ? ORDER BY position")) {
            query.setObject(1, id);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    stages.add(rows.getObject(1, UUID.class));
                }
            }
        }
        Map<String, UUID> categories = new HashMap<>();
        Map<String, Integer> slaHours = new HashMap<>();
        try (PreparedStatement query = c.prepareStatement("SELECT code, id, sla_hours FROM shopfloor.issue_categories WHERE tenant_id = ?")) {
            query.setObject(1, id);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    categories.put(rows.getString(1), rows.getObject(2, UUID.class));
                    slaHours.put(rows.getString(1), rows.getInt(3));
                }
            }
        }
        return new Organization(index, id, slug, roles, stages, categories, slaHours);
    }

    // ---------------------------------------------------------------------------------- tables

    /** One COPY stream per table, shared by all organizations. */
    private static final class Tables {
        final CopyTable users;
        final CopyTable userRoles;
        final CopyTable customers;
        final CopyTable products;
        final CopyTable options;
        final CopyTable estimates;
        final CopyTable fields;
        final CopyTable orders;
        final CopyTable history;
        final CopyTable batches;
        final CopyTable batchOrders;
        final CopyTable assignments;
        final CopyTable fieldValues;
        final CopyTable checklists;
        final CopyTable checklistItems;
        final CopyTable checks;
        final CopyTable results;
        final CopyTable checkProducts;
        final CopyTable issues;
        final CopyTable profiles;
        final CopyTable skills;
        final CopyTable holidays;
        final CopyTable exceptions;
        final CopyTable intervals;
        private final Map<String, CopyTable> all = new LinkedHashMap<>();

        Tables(CopyManager copy) {
            users = table(copy, "users", "id, tenant_id, email, display_name, status, created_at, updated_at");
            userRoles = table(copy, "user_roles", "id, tenant_id, user_id, role_id, created_at");
            customers = table(copy, "customers", "id, tenant_id, name, email, created_at, updated_at");
            products = table(copy, "products", "id, tenant_id, name, sku_prefix, complexity, base_hours, base_price, created_at, updated_at");
            options = table(copy, "product_options", "id, tenant_id, product_id, name, position, created_at, updated_at");
            estimates = table(copy, "product_stage_estimates", "id, tenant_id, product_id, stage_id, hours, position, required");
            fields = table(copy, "custom_field_definitions", "id, tenant_id, entity_type, field_key, label, field_type, options, position");
            orders = table(copy, "orders", "id, tenant_id, order_number, customer_id, status, priority, due_date, custom_fields,"
                    + " created_at, updated_at, version, product_id, option_id");
            batches = table(copy, "batches", "id, tenant_id, batch_number, priority, current_stage_id, quality_status,"
                    + " target_completion, completed_at, created_by, created_at, updated_at, version");
            batchOrders = table(copy, "batch_orders", "id, tenant_id, batch_id, order_id, batch_open, added_by, added_at");
            // After batches: production's steps name their batch.
            history = table(copy, "order_status_history", "id, tenant_id, order_id, old_status, new_status, changed_by, cause, batch_id,"
                    + " reason, changed_at");
            fieldValues = table(copy, "custom_field_values", "tenant_id, entity_type, field_key, value, entity_id");
            assignments = table(copy, "stage_assignments", "id, tenant_id, batch_id, stage_id, worker_id, opened_at, started_at,"
                    + " completed_at, completed_by, created_at, updated_at, version");
            checklists = table(copy, "checklist_templates", "id, tenant_id, lineage_id, revision, name, stage_id, scope, status, created_by,"
                    + " created_at, published_at, updated_at, version");
            checklistItems = table(copy, "checklist_items", "id, tenant_id, template_id, position, category, item_text, kind, unit,"
                    + " lower_limit, upper_limit, severity, required, photo_required");
            checks = table(copy, "quality_checks", "id, tenant_id, batch_id, stage_id, template_id, worker_id, status, opened_at,"
                    + " completed_at, version");
            results = table(copy, "quality_check_results", "id, tenant_id, check_id, item_id, passed, reading");
            checkProducts = table(copy, "quality_check_products", "tenant_id, check_id, product_id");
            issues = table(copy, "issues", "id, tenant_id, issue_number, batch_id, stage_id, check_id, category_id, severity, title,"
                    + " description, reported_by, assigned_to, root_cause, resolution, resolved_at, resolved_by, due_at, created_at,"
                    + " updated_at, version");
            profiles = table(copy, "worker_profiles", "id, tenant_id, user_id, employee_number, department, hire_date, phone");
            skills = table(copy, "worker_skills", "id, tenant_id, user_id, stage_id, level, expires_on");
            holidays = table(copy, "organization_holidays", "id, tenant_id, day, name");
            exceptions = table(copy, "availability_exceptions", "id, tenant_id, user_id, day, kind, hours, note, status, requested_by,"
                    + " decided_by, decided_at");
            // After the work: an interval names its assignment.
            intervals = table(copy, "work_intervals", "id, tenant_id, user_id, assignment_id, started_at, ended_at, end_reason, created_by");
        }

        private CopyTable table(CopyManager copy, String name, String columns) {
            CopyTable table = new CopyTable(copy, name, columns);
            all.put(name, table);
            return table;
        }

        /** Referenced tables first, so each chunk's keys already exist when checked later. */
        void flushAll() throws SQLException {
            for (CopyTable table : all.values()) {
                table.flush();
            }
        }

        Map<String, Long> counts() {
            Map<String, Long> counts = new LinkedHashMap<>();
            all.forEach((name, table) -> counts.put(name, table.count()));
            return counts;
        }
    }

    // --------------------------------------------------------------------- one organization's data

    /** The rows of one organization, from its own random stream: the same plan gives the same rows. */
    private final class OrganizationData {
        private final Organization org;
        private final long orderCount;
        private final Tables t;
        private final SplittableRandom random;
        private final List<UUID> managers = new ArrayList<>();
        private final List<UUID> workers = new ArrayList<>();
        private final List<UUID> customers = new ArrayList<>();
        private final List<UUID> products = new ArrayList<>();
        private final Map<UUID, List<UUID>> optionsByProduct = new HashMap<>();
        private final Map<String, Integer> batchesPerDay = new HashMap<>();
        /** Quality draws from a stream of its own. */
        private final SplittableRandom qualityRandom;
        /** Each stage's checklist by stage index; the first stage has none. */
        private final Map<Integer, Checklist> checklists = new HashMap<>();
        private long issues;
        private final List<CompletedCheck> completedChecks = new ArrayList<>();
        /** People draw from a stream of their own. */
        private final SplittableRandom peopleRandom;
        /** Done stage work, whose time is written once all of it is known, in the order it happened. */
        private final List<DoneWork> doneWork = new ArrayList<>();

        OrganizationData(Organization org, long orderCount, Tables tables) {
            this.org = org;
            this.orderCount = orderCount;
            this.t = tables;
            this.random = random(org.index(), 1);
            this.qualityRandom = random(org.index(), 2);
            this.peopleRandom = random(org.index(), 3);
        }

        void write() throws SQLException {
            writeUsers();
            writePeople();
            writeChecklists();
            writeCustomers();
            writeProducts();
            writeCustomFields();
            writeOrders();
            writeTimeOnTheJob();
        }

        private void writeUsers() throws SQLException {
            int workerCount = (int) Math.min(40, 3 + orderCount / 10_000);
            addUser("admin", "Administrator", null);
            for (int i = 1; i <= 2; i++) {
                addUser("manager", "Manager " + i, managers);
            }
            addUser("viewer", "Viewer", null);
            for (int i = 1; i <= workerCount; i++) {
                addUser("worker", "Worker " + i, workers);
            }
        }

        private void addUser(String role, String name, List<UUID> into) throws SQLException {
            UUID id = uuid(random);
            OffsetDateTime created = now.minusDays(790);
            String local = name.toLowerCase().replace(' ', '.');
            t.users.add(id).add(org.id()).add(local + "@" + org.slug() + ".example").add(name).add("active").add(created).add(created).end();
            t.userRoles.add(uuid(random)).add(org.id()).add(id).add(org.roles().get(role)).add(created).end();
            if (into != null) {
                into.add(id);
            }
        }

        private void writeCustomers() throws SQLException {
            long count = Math.max(5, orderCount / 8);
            for (long i = 1; i <= count; i++) {
                UUID id = uuid(random);
                OffsetDateTime created = now.minusSeconds(random.nextLong(730 * DAY_SECONDS));
                t.customers.add(id).add(org.id()).add(String.format("Customer %06d", i))
                        .add(String.format("buyer%06d@customers.example", i)).add(created).add(created).end();
                customers.add(id);
            }
        }

        private void writeProducts() throws SQLException {
            int count = 8 + random.nextInt(13);
            OffsetDateTime created = now.minusDays(780);
            for (int p = 1; p <= count; p++) {
                UUID id = uuid(random);
                t.products.add(id).add(org.id()).add(String.format("Model %02d", p)).add(String.format("M%02d", p))
                        .add(COMPLEXITY[random.nextInt(COMPLEXITY.length)]).add(hours(4 + random.nextInt(27)))
                        .add(BigDecimal.valueOf(299 + random.nextInt(4700)).setScale(2)).add(created).add(created).end();
                products.add(id);
                List<UUID> options = new ArrayList<>();
                int optionCount = 3 + random.nextInt(3);
                int first = random.nextInt(WOODS.length);
                for (int o = 0; o < optionCount; o++) {
                    UUID option = uuid(random);
                    t.options.add(option).add(org.id()).add(id).add(WOODS[(first + o) % WOODS.length]).add(o).add(created).add(created).end();
                    options.add(option);
                }
                optionsByProduct.put(id, options);
                for (int s = 0; s < org.stages().size(); s++) {
                    t.estimates.add(uuid(random)).add(org.id()).add(id).add(org.stages().get(s)).add(hours(1 + random.nextInt(8)))
                            .add(s).add(random.nextInt(10) > 0).end();
                }
            }
        }

        private void writeCustomFields() throws SQLException {
            t.fields.add(uuid(random)).add(org.id()).add("orders").add("finish").add("Finish").add("single_select")
                    .add("[\"matte\", \"gloss\", \"satin\", \"oiled\"]").add(0).end();
            t.fields.add(uuid(random)).add(org.id()).add("orders").add("rush").add("Rush").add("boolean").add(null).add(1).end();
            t.fields.add(uuid(random)).add(org.id()).add("orders").add("engraving").add("Engraving").add("text").add(null).add(2).end();
        }

        /** One order as generated before it is written: its history decides its status. */
        private final class PlannedOrder {
            final UUID id = uuid(random);
            final OffsetDateTime created;
            final List<Object[]> history = new ArrayList<>();
            String status = "pending";
            /** Chosen when the order is written, after its batch's checks. */
            UUID product;

            PlannedOrder(OffsetDateTime created) {
                this.created = created;
                history.add(new Object[] {null, "pending", created, "created", null, null});
            }

            /** A step: its cause, production's batch (or null), a person's reason (or null). */
            void move(String to, OffsetDateTime at, String cause, UUID batch, String reason) {
                history.add(new Object[] {status, to, at, cause, batch, reason});
                status = to;
            }
        }

        private void writeOrders() throws SQLException {
            long[] createdSeconds = new long[(int) orderCount];
            for (int i = 0; i < createdSeconds.length; i++) {
                createdSeconds[i] = random.nextLong(730 * DAY_SECONDS);
            }
            Arrays.sort(createdSeconds);
            List<PlannedOrder> planned = new ArrayList<>(createdSeconds.length);
            List<PlannedOrder> entered = new ArrayList<>();
            // Oldest first: order numbers follow creation.
            for (int i = createdSeconds.length - 1; i >= 0; i--) {
                OffsetDateTime created = now.minusSeconds(createdSeconds[i]);
                PlannedOrder order = new PlannedOrder(created);
                planned.add(order);
                double ageDays = (double) createdSeconds[i] / DAY_SECONDS;
                if (random.nextInt(100) < 3) {
                    order.move("on_hold", min(created.plusDays(1), now), "changed", null, "waiting for the customer");
                } else if (ageDays >= 1 && (ageDays > 20 || random.nextBoolean())) {
                    entered.add(order);
                }
            }
            writeBatches(entered);
            long number = 0;
            for (PlannedOrder order : planned) {
                number++;
                UUID product = random.nextInt(10) < 9 ? products.get(random.nextInt(products.size())) : null;
                order.product = product;
                List<UUID> options = product == null ? List.of() : optionsByProduct.get(product);
                UUID option = product == null ? null : options.get(random.nextInt(options.size()));
                Object[] last = order.history.get(order.history.size() - 1);
                t.orders.add(order.id).add(org.id()).add(String.format("SO-%06d", number)).add(customers.get(random.nextInt(customers.size())))
                        .add(order.status).add(priority()).add(order.created.toLocalDate().plusDays(14 + random.nextInt(32)))
                        .add(customFields(order.id)).add(order.created).add(last[2]).add(order.history.size() - 1).add(product).add(option).end();
                UUID by = managers.get(random.nextInt(managers.size()));
                for (Object[] step : order.history) {
                    t.history.add(uuid(random)).add(org.id()).add(order.id).add(step[0]).add(step[1]).add(by).add(step[3]).add(step[4]).add(step[5])
                            .add(step[2]).end();
                }
            }
            writeCheckProducts();
        }

        /** Consecutive orders that entered production, 4–12 to a batch; each batch's progress follows its age. */
        private void writeBatches(List<PlannedOrder> entered) throws SQLException {
            int stageCount = org.stages().size();
            int i = 0;
            while (i < entered.size()) {
                int size = Math.min(entered.size() - i, 4 + random.nextInt(9));
                List<PlannedOrder> members = entered.subList(i, i + size);
                i += size;
                OffsetDateTime start = members.get(members.size() - 1).created.plusDays(1);
                if (start.isAfter(now)) {
                    start = now;
                }
                long durationSeconds = (5 + random.nextInt(11)) * DAY_SECONDS;
                OffsetDateTime end = start.plusSeconds(durationSeconds);
                boolean completed = !end.isAfter(now);
                int current = completed ? stageCount - 1
                        : (int) Math.min(stageCount - 1, Duration.between(start, now).toSeconds() * stageCount / durationSeconds);
                String day = start.toLocalDate().format(DAY);
                int n = batchesPerDay.merge(day, 1, Integer::sum);
                String batchNumber = "B" + day + "-" + String.format("%03d", n);
                UUID batch = uuid(random);
                UUID manager = managers.get(random.nextInt(managers.size()));
                String quality = writeQuality(batch, members, start, durationSeconds / stageCount, current, completed);
                t.batches.add(batch).add(org.id()).add(batchNumber).add(priority()).add(org.stages().get(current)).add(quality)
                        .add(end.toLocalDate()).add(completed ? end : null).add(manager).add(start).add(completed ? end : start)
                        .add(completed ? stageCount : current).end();
                for (PlannedOrder order : members) {
                    t.batchOrders.add(uuid(random)).add(org.id()).add(batch).add(order.id).add(!completed).add(manager).add(start).end();
                    order.move("in_production", start, "added_to_batch", batch, null);
                    if (completed) {
                        order.move("completed", end, "batch_completed", batch, null);
                        OffsetDateTime shipped = end.plusSeconds(random.nextLong(5 * DAY_SECONDS));
                        if (!shipped.isAfter(now) && random.nextInt(100) < 85) {
                            order.move("shipped", shipped, "changed", null, null);
                        }
                    }
                }
                long perStage = durationSeconds / stageCount;
                for (int s = 0; s <= current; s++) {
                    OffsetDateTime opened = start.plusSeconds(s * perStage);
                    boolean done = completed || s < current;
                    OffsetDateTime started = done || random.nextBoolean() ? opened.plusSeconds(random.nextLong(3600)) : null;
                    if (started != null && started.isAfter(now)) {
                        started = null;
                    }
                    OffsetDateTime finished = done ? start.plusSeconds((s + 1) * perStage) : null;
                    UUID worker = workers.get(random.nextInt(workers.size()));
                    UUID assignment = uuid(random);
                    t.assignments.add(assignment).add(org.id()).add(batch).add(org.stages().get(s)).add(worker).add(opened).add(started)
                            .add(finished).add(done ? worker : null).add(opened).add(finished == null ? opened : finished).add(done ? 2 : 1).end();
                    if (done && started != null && finished.isAfter(started)) {
                        doneWork.add(new DoneWork(assignment, worker, started, finished));
                    }
                }
            }
        }

        private String priority() {
            int p = random.nextInt(100);
            return p < 80 ? "standard" : p < 95 ? "rush" : "expedite";
        }

        // ------------------------------------------------------------------------------- people

        private static final String[] DEPARTMENTS = {"Wood shop", "Finishing", "Assembly", "Acoustics"};

        /** A batch's work at a stage that was done: who, from its start to its completion. */
        private record DoneWork(UUID assignment, UUID worker, OffsetDateTime started, OffsetDateTime finished) {
        }

        /**
         * Profiles, skills (every worker qualified or expert at every stage; one certificate in
         * twenty expires within the month), the organization's holidays (New Year's Day of each
         * year) and each worker's days off: a leave day about once a month, approved by a manager,
         * and a request of next month still waiting.
         */
        private void writePeople() throws SQLException {
            LocalDate today = now.toLocalDate();
            for (int year = today.getYear() - 2; year <= today.getYear() + 1; year++) {
                t.holidays.add(uuid(peopleRandom)).add(org.id()).add(LocalDate.of(year, 1, 1)).add("New Year's Day").end();
            }
            for (int w = 0; w < workers.size(); w++) {
                UUID worker = workers.get(w);
                t.profiles.add(uuid(peopleRandom)).add(org.id()).add(worker).add(String.format("E-%05d", w + 1))
                        .add(DEPARTMENTS[w % DEPARTMENTS.length]).add(today.minusDays(100 + peopleRandom.nextInt(2000)))
                        .add("+49 30 " + (5550100 + w)).end();
                for (UUID stage : org.stages()) {
                    boolean expiring = peopleRandom.nextInt(20) == 0;
                    t.skills.add(uuid(peopleRandom)).add(org.id()).add(worker).add(stage).add(peopleRandom.nextInt(3) == 0 ? "expert" : "qualified")
                            .add(expiring ? today.plusDays(1 + peopleRandom.nextInt(29)) : null).end();
                }
                UUID manager = managers.get(peopleRandom.nextInt(managers.size()));
                for (int month = 1; month <= 24; month++) {
                    LocalDate day = today.minusMonths(month).withDayOfMonth(1 + peopleRandom.nextInt(28));
                    t.exceptions.add(uuid(peopleRandom)).add(org.id()).add(worker).add(day).add("leave").add(BigDecimal.ZERO).add(null)
                            .add("approved").add(worker).add(manager).add(day.minusDays(7).atTime(9, 0).atOffset(ZoneOffset.UTC)).end();
                }
                t.exceptions.add(uuid(peopleRandom)).add(org.id()).add(worker).add(today.plusMonths(1).withDayOfMonth(1 + peopleRandom.nextInt(28)))
                        .add("half_day").add(new BigDecimal("4")).add("appointment").add("requested").add(worker).add(null).add(null).end();
            }
        }

        /**
         * The time done work took: in the order it happened, each worker works on one thing at a
         * time (the database refuses overlaps), from half an hour to three hours within the work's
         * span, one in four with a break in between. Work that finds its worker busy until its
         * completion gets no time.
         */
        private void writeTimeOnTheJob() throws SQLException {
            doneWork.sort(Comparator.comparing(DoneWork::started));
            Map<UUID, OffsetDateTime> busyUntil = new HashMap<>();
            for (DoneWork work : doneWork) {
                OffsetDateTime from = work.started();
                OffsetDateTime busy = busyUntil.get(work.worker());
                if (busy != null && busy.isAfter(from)) {
                    from = busy;
                }
                OffsetDateTime until = from.plusMinutes(30 + peopleRandom.nextInt(150));
                if (until.isAfter(work.finished())) {
                    until = work.finished();
                }
                if (!until.isAfter(from.plusMinutes(5))) {
                    continue;
                }
                if (peopleRandom.nextInt(4) == 0) {
                    OffsetDateTime pause = from.plusSeconds(Duration.between(from, until).toSeconds() / 2);
                    OffsetDateTime resume = pause.plusMinutes(10 + peopleRandom.nextInt(20));
                    if (resume.isBefore(until)) {
                        interval(work, from, pause, "break");
                        from = resume;
                    }
                }
                interval(work, from, until, "completed");
                busyUntil.put(work.worker(), until);
            }
            doneWork.clear();
        }

        private void interval(DoneWork work, OffsetDateTime from, OffsetDateTime until, String endReason) throws SQLException {
            t.intervals.add(uuid(peopleRandom)).add(org.id()).add(work.worker()).add(work.assignment()).add(from).add(until).add(endReason)
                    .add(work.worker()).end();
        }

        // ------------------------------------------------------------------------------ quality

        /** A stage's published checklist: three pass/fail items (warning) and a gap measured in mm (critical). */
        private record Checklist(UUID id, String name, List<UUID> passFail, UUID gap) {
        }

        /** A stage default for every stage but the first, so the benchmarks can move batches with and without a gate. */
        private void writeChecklists() throws SQLException {
            OffsetDateTime created = now.minusDays(780);
            for (int s = 1; s < org.stages().size(); s++) {
                UUID id = uuid(qualityRandom);
                String name = "Stage " + (s + 1) + " QC";
                t.checklists.add(id).add(org.id()).add(uuid(qualityRandom)).add(1).add(name).add(org.stages().get(s)).add("batch").add("active")
                        .add(managers.get(0)).add(created).add(created).add(created).add(1).end();
                List<UUID> passFail = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    UUID item = uuid(qualityRandom);
                    t.checklistItems.add(item).add(org.id()).add(id).add(i).add("Finish").add("Surface " + (i + 1) + " clean").add("pass_fail")
                            .add(null).add(null).add(null).add("warning").add(true).add(false).end();
                    passFail.add(item);
                }
                UUID gap = uuid(qualityRandom);
                t.checklistItems.add(gap).add(org.id()).add(id).add(3).add("Fit").add("Gap").add("measurement").add("mm")
                        .add(new BigDecimal("0.1000")).add(new BigDecimal("0.5000")).add("critical").add(true).add(false).end();
                checklists.put(s, new Checklist(id, name, passFail, gap));
            }
        }

        /**
         * The batch's checks, a check per stage it passed (1 in 12 failed first: its issue resolved,
         * then a passing re-check), the current stage's check when filed (some failed with their
         * issue still open, some still open), and now and then an issue someone reported. Returns
         * the batch's quality status: its worst open issue's severity, else good.
         */
        private String writeQuality(UUID batch, List<PlannedOrder> members, OffsetDateTime start, long perStage, int current,
                                    boolean completed) throws SQLException {
            SplittableRandom r = qualityRandom;
            String worst = "good";
            for (int s = 0; s <= current; s++) {
                Checklist list = checklists.get(s);
                if (list == null) {
                    continue;
                }
                OffsetDateTime opened = start.plusSeconds(s * perStage);
                OffsetDateTime finished = start.plusSeconds((s + 1) * perStage);
                UUID worker = workers.get(r.nextInt(workers.size()));
                if (completed || s < current) {
                    if (r.nextInt(12) == 0) {
                        OffsetDateTime failedAt = finished.minusHours(8);
                        UUID failed = check(batch, members, s, list, worker, failedAt.minusMinutes(20), failedAt, "critical");
                        issue(batch, s, failed, "failed_check", "critical", list.name() + ": Gap", worker, failedAt, finished.minusHours(4));
                    } else if (r.nextInt(20) == 0) {
                        OffsetDateTime at = finished.minusHours(1);
                        UUID warned = check(batch, members, s, list, worker, at.minusMinutes(15), at, "warning");
                        issue(batch, s, warned, "failed_check", "warning", list.name() + ": Surface 1 clean", worker, at, at.plusMinutes(40));
                        continue;
                    }
                    OffsetDateTime at = finished.minusHours(1);
                    check(batch, members, s, list, worker, at.minusMinutes(10 + r.nextInt(30)), at, "good");
                } else {
                    long since = Math.max(60, Duration.between(opened, now).toSeconds());
                    OffsetDateTime at = now.minusSeconds(r.nextLong(since));
                    int roll = r.nextInt(100);
                    if (roll < 30) {
                        check(batch, members, s, list, worker, at.minusMinutes(15), at, "good");
                    } else if (roll < 40) {
                        UUID failed = check(batch, members, s, list, worker, at.minusMinutes(15), at, "critical");
                        issue(batch, s, failed, "failed_check", "critical", list.name() + ": Gap", worker, at, null);
                        worst = "critical";
                    } else if (roll < 50) {
                        check(batch, members, s, list, worker, at, null, null);
                    }
                }
            }
            if (r.nextInt(40) == 0) {
                int s = r.nextInt(current + 1);
                OffsetDateTime at = start.plusSeconds(s * perStage + r.nextLong(Math.max(60, perStage / 2)));
                boolean open = !completed && s == current;
                if (!at.isAfter(now)) {
                    String category = r.nextBoolean() ? "material" : "workmanship";
                    issue(batch, s, null, category, "warning", "Reported at stage " + (s + 1), managers.get(0), at,
                            open ? null : min(now, at.plusHours(6)));
                    if (open && worst.equals("good")) {
                        worst = "warning";
                    }
                }
            }
            return worst;
        }

        /** A completed check and the orders of its batch, whose products it covers (known once the orders are written). */
        private record CompletedCheck(UUID id, List<PlannedOrder> members) {
        }

        /** The products each completed check covered, as the completion trigger would record them: the batch's distinct products. */
        private void writeCheckProducts() throws SQLException {
            for (CompletedCheck check : completedChecks) {
                Set<UUID> covered = new LinkedHashSet<>();
                for (PlannedOrder order : check.members()) {
                    if (order.product != null && covered.add(order.product)) {
                        t.checkProducts.add(org.id()).add(check.id()).add(order.product).end();
                    }
                }
            }
            completedChecks.clear();
        }

        /** A check and its results; {@code status} null for one still open (two results so far). */
        private UUID check(UUID batch, List<PlannedOrder> members, int stage, Checklist list, UUID worker, OffsetDateTime opened,
                           OffsetDateTime completedAt, String status) throws SQLException {
            UUID id = uuid(qualityRandom);
            if (status != null) {
                completedChecks.add(new CompletedCheck(id, members));
            }
            t.checks.add(id).add(org.id()).add(batch).add(org.stages().get(stage)).add(list.id()).add(worker).add(status).add(opened)
                    .add(completedAt).add(status == null ? 2 : 5).end();
            int answered = status == null ? 2 : 4;
            for (int i = 0; i < Math.min(answered, 3); i++) {
                t.results.add(uuid(qualityRandom)).add(org.id()).add(id).add(list.passFail().get(i)).add(!"warning".equals(status) || i > 0)
                        .add(null).end();
            }
            if (answered == 4) {
                boolean wide = "critical".equals(status);
                BigDecimal reading = BigDecimal.valueOf(wide ? 55 + qualityRandom.nextInt(20) : 20 + qualityRandom.nextInt(25), 2).setScale(4);
                t.results.add(uuid(qualityRandom)).add(org.id()).add(id).add(list.gap()).add(!wide).add(reading).end();
            }
            return id;
        }

        /** An issue, due after its category's SLA hours; resolved by a manager when {@code resolvedAt} is given. */
        private void issue(UUID batch, int stage, UUID check, String category, String severity, String title, UUID reportedBy,
                           OffsetDateTime created, OffsetDateTime resolvedAt) throws SQLException {
            issues++;
            UUID manager = managers.get(qualityRandom.nextInt(managers.size()));
            boolean resolved = resolvedAt != null;
            OffsetDateTime due = created.plusHours(org.slaHours().get(category));
            t.issues.add(uuid(qualityRandom)).add(org.id()).add(String.format("Q-%06d", issues)).add(batch).add(org.stages().get(stage)).add(check)
                    .add(org.categories().get(category)).add(severity).add(title).add(check == null ? "Reported on the shop floor" : "Failed items: " + title)
                    .add(reportedBy).add(reportedBy).add(resolved ? "Worn jig" : null).add(resolved ? "Reworked and checked again" : null)
                    .add(resolvedAt).add(resolved ? manager : null).add(due).add(created).add(resolved ? resolvedAt : created).add(resolved ? 2 : 0).end();
        }

        /**
         * An order's custom fields as JSON, and their look-up rows in the canonical text form the
         * lookup trigger would store (strings as they are, booleans as true/false).
         */
        private String customFields(UUID orderId) throws SQLException {
            String finish = FINISHES[random.nextInt(FINISHES.length)];
            StringBuilder json = new StringBuilder("{\"finish\": \"").append(finish).append('"');
            lookUp(orderId, "finish", finish);
            if (random.nextInt(10) == 0) {
                json.append(", \"rush\": true");
                lookUp(orderId, "rush", "true");
            }
            if (random.nextInt(5) == 0) {
                String engraving = "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26)) + '-' + random.nextInt(1000);
                json.append(", \"engraving\": \"").append(engraving).append('"');
                lookUp(orderId, "engraving", engraving);
            }
            return json.append('}').toString();
        }

        private void lookUp(UUID orderId, String key, String value) throws SQLException {
            t.fieldValues.add(org.id()).add("orders").add(key).add(value).add(orderId).end();
        }
    }

    // ---------------------------------------------------------------------------------- derived

    /** One audit row per order and per batch created, in the month partitions that cover the data. */
    private long writeAuditRows(Connection c, long started) throws SQLException {
        try (PreparedStatement partitions = c.prepareStatement("SELECT shopfloor.create_audit_partitions(?, ?)")) {
            partitions.setObject(1, now.toLocalDate().minusMonths(26));
            partitions.setInt(2, 28);
            partitions.execute();
        }
        long orders = derive(c, """
                INSERT INTO shopfloor.audit_log (tenant_id, occurred_at, user_id, entity_type, entity_id, action, new_values)
                SELECT o.tenant_id, o.created_at, h.changed_by, 'orders', o.id::text, 'insert',
                       jsonb_build_object('order_number', o.order_number, 'customer_id', o.customer_id, 'status', 'pending',
                                          'priority', o.priority, 'due_date', o.due_date, 'custom_fields', o.custom_fields)
                FROM shopfloor.orders o
                JOIN shopfloor.order_status_history h ON h.tenant_id = o.tenant_id AND h.order_id = o.id AND h.old_status IS NULL""", started);
        long batches = derive(c, """
                INSERT INTO shopfloor.audit_log (tenant_id, occurred_at, user_id, entity_type, entity_id, action, new_values)
                SELECT b.tenant_id, b.created_at, b.created_by, 'batches', b.id::text, 'insert',
                       jsonb_build_object('batch_number', b.batch_number, 'priority', b.priority)
                FROM shopfloor.batches b""", started);
        return orders + batches;
    }

    /** The results of completed work, as the database records them when work completes (its own function, set-wise per organization). */
    private long recordWorkResults(Connection c, long started) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("""
                    SELECT shopfloor.record_work_results(t.id, ARRAY(SELECT a.id FROM shopfloor.stage_assignments a
                                                                     WHERE a.tenant_id = t.id AND a.completed_at IS NOT NULL))
                    FROM shopfloor.tenants t""");
            try (ResultSet count = s.executeQuery("SELECT count(*) FROM shopfloor.work_results")) {
                count.next();
                progress.accept(String.format("%,d rows: work_results (%.1f s)", count.getLong(1), seconds(started)));
                return count.getLong(1);
            }
        }
    }

    private long derive(Connection c, String sql, long started) throws SQLException {
        try (Statement s = c.createStatement()) {
            long rows = s.executeUpdate(sql);
            progress.accept(String.format("%,d rows: %s (%.1f s)", rows, sql.strip().lines().findFirst().orElse(""), seconds(started)));
            return rows;
        }
    }

    private static void requireEmpty(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("SELECT count(*) FROM shopfloor.tenants")) {
            rows.next();
            if (rows.getLong(1) > 0) {
                throw new IllegalStateException("The database already holds " + rows.getLong(1) + " organizations");
            }
        }
    }

    // ---------------------------------------------------------------------------------- helpers

    private SplittableRandom random(int tenantIndex, int stream) {
        return new SplittableRandom(plan.seed() * 0x9E3779B97F4A7C15L + tenantIndex * 31L + stream);
    }

    /** A version 4 UUID from the generator's random stream, so ids repeat with the seed. */
    private static UUID uuid(SplittableRandom random) {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    private static BigDecimal hours(int whole) {
        return BigDecimal.valueOf(whole).setScale(2);
    }

    private static OffsetDateTime min(OffsetDateTime a, OffsetDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
