package io.shopfloor.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.shopfloor.orders.boundary.Customers;
import io.shopfloor.orders.boundary.Orders;
import io.shopfloor.orders.entity.CustomerDraft;
import io.shopfloor.orders.entity.OrderDraft;
import io.shopfloor.people.boundary.Availability;
import io.shopfloor.people.boundary.PeopleMetrics;
import io.shopfloor.people.boundary.Team;
import io.shopfloor.people.boundary.TimeEntries;
import io.shopfloor.people.boundary.WorkerSkills;
import io.shopfloor.people.boundary.Workload;
import io.shopfloor.people.entity.CalendarDay;
import io.shopfloor.people.entity.ExceptionDraft;
import io.shopfloor.people.entity.ExceptionKind;
import io.shopfloor.people.entity.ExceptionStatus;
import io.shopfloor.people.entity.ExceptionView;
import io.shopfloor.people.entity.HolidayView;
import io.shopfloor.people.entity.ProfileDraft;
import io.shopfloor.people.entity.ProfileView;
import io.shopfloor.people.entity.SkillDraft;
import io.shopfloor.people.entity.SkillLevel;
import io.shopfloor.people.entity.TeamMember;
import io.shopfloor.people.entity.TimeCategory;
import io.shopfloor.people.entity.TimeDraft;
import io.shopfloor.people.entity.TimeEntryView;
import io.shopfloor.people.entity.WorkloadDay;
import io.shopfloor.people.entity.WorkloadRow;
import io.shopfloor.platform.customfields.boundary.CustomFields;
import io.shopfloor.platform.customfields.entity.DefinitionDraft;
import io.shopfloor.platform.customfields.entity.FieldType;
import io.shopfloor.platform.errors.BusinessRuleException;
import io.shopfloor.platform.errors.ConcurrentEditException;
import io.shopfloor.platform.errors.InvalidInputException;
import io.shopfloor.platform.query.Page;
import io.shopfloor.platform.query.PageRequest;
import io.shopfloor.platform.security.control.PermissionDeniedException;
import io.shopfloor.platform.users.boundary.Users;
import io.shopfloor.platform.users.entity.NewUser;
import io.shopfloor.platform.users.entity.RoleView;
import io.shopfloor.platform.users.entity.UserView;
import io.shopfloor.production.boundary.Batches;
import io.shopfloor.production.boundary.ProductionStages;
import io.shopfloor.production.entity.BatchDraft;
import io.shopfloor.production.entity.BatchView;
import io.shopfloor.production.entity.StageView;

/**
 * People on Payara Server: profiles (a worker reads only their own details), the calendar
 * (a worker's week, a holiday, a request a manager decides), time entered by hand and corrected
 * with a reason, and the workload's figures. Each test works with a worker of its own, so other
 * tests' work never counts in its sums.
 */
@ExtendWith(ArquillianExtension.class)
class PeopleServicesIT {

    private static final String ORG = TestOrganizations.GLOBEX;
    /** The test organizations' zone (TestShopfloor): their days, as the services count them. */
    private static final ZoneId ORG_ZONE = ZoneId.of("Europe/Berlin");

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.services();
    }

    @Inject
    Users users;

    @Inject
    CustomFields customFields;

    @Inject
    Team team;

    @Inject
    WorkerSkills skills;

    @Inject
    Availability availability;

    @Inject
    TimeEntries time;

    @Inject
    Workload workload;

    @Inject
    ProductionStages stages;

    @Inject
    Batches batches;

    @Inject
    Orders orders;

    @Inject
    Customers customers;

    @Inject
    PeopleMetrics metrics;

    @Test
    void aWorkerReadsOnlyTheirOwnProfileWhileManagersSeeAndKeepEveryone() {
        UserView wren = newWorker("Wren");
        String shirt = "shirt_" + suffix().replace('-', '_');
        customFields.create("worker_profiles", new DefinitionDraft(shirt, "Shirt size", FieldType.TEXT, null, false, null, null, null, null, null));
        Callers.signInAs("manager", ORG);
        StageView first = stages.list().get(0);
        ProfileView saved = team.saveProfile(wren.id(), ProfileView.NO_PROFILE,
                new ProfileDraft(" E-" + suffix() + " ", "Finishing", LocalDate.of(2024, 3, 1), "+49 30 1234", "left-handed", Map.of(shirt, "XL")));
        assertThat(saved.customFields()).containsEntry(shirt, "XL");
        assertThat(saved.department()).isEqualTo("Finishing");
        assertThat(saved.employeeNumber()).as("stripped").startsWith("E-");
        assertThatThrownBy(() -> team.saveProfile(wren.id(), ProfileView.NO_PROFILE, ProfileDraft.empty()))
                .as("a stale version").isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> team.saveProfile(wren.id(), saved.version(), new ProfileDraft("x".repeat(41), null, null, null, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("employeeNumber"));
        skills.set(wren.id(), first.id(), new SkillDraft(SkillLevel.QUALIFIED, today().plusDays(10), "certificate"));

        TeamMember member = team.list(wren.displayName(), PageRequest.first(50)).items().stream()
                .filter(m -> m.userId().equals(wren.id())).findFirst().orElseThrow();
        assertThat(member.department()).isEqualTo("Finishing");
        assertThat(member.skills()).singleElement().satisfies(k -> {
            assertThat(k.stageName()).isEqualTo(first.name());
            assertThat(k.valid()).isTrue();
            assertThat(k.expiringSoon()).as("expires in 10 days").isTrue();
        });
        assertThat(member.expiringSoon()).isTrue();
        assertThat(team.list(null, PageRequest.first(200)).items()).extracting(TeamMember::name)
                .as("the team: who does production work").contains(wren.displayName()).noneMatch(name -> name.startsWith("viewer of"));

        Callers.signInAs("worker", ORG);
        assertThatThrownBy(() -> team.profile(wren.id())).as("another worker's details").isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> team.list(null, PageRequest.first(10))).isInstanceOf(PermissionDeniedException.class);
        Callers.signInWith(ORG, wren.email(), TestOrganizations.PASSWORD);
        ProfileView own = team.profile(wren.id());
        assertThat(own.notes()).as("one's own details").isEqualTo("left-handed");
        assertThat(own.customFields()).containsEntry(shirt, "XL");
        assertThat(own.skills()).hasSize(1);
        assertThatThrownBy(() -> team.saveProfile(wren.id(), own.version(), ProfileDraft.empty())).isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void aWorkersWeekHolidaysAndApprovedLeaveMakeTheirAvailableHours() {
        UserView ida = newWorker("Ida");
        LocalDate monday = today().with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(30);
        Callers.signInAs("manager", ORG);
        assertThat(availability.week(ida.id()).own()).as("the organization's week applies").isFalse();
        assertThat(availability.week(ida.id()).hours()).containsExactly(hours("8", "8", "8", "8", "8", "0", "0"));
        assertThatThrownBy(() -> availability.setWeek(ida.id(), List.of(hours("8", "8", "25", "8", "-1", "0", "0.125"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("hours.3", "hours.5", "hours.7"));
        availability.setWeek(ida.id(), List.of(hours("8", "8", "8", "8", "6", "0", "0")));
        HolidayView holiday = availability.addHoliday(monday.plusDays(2), "Founders' day " + suffix());
        try {
            assertThatThrownBy(() -> availability.addHoliday(monday.plusDays(2), "Twice"))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("day"));
            assertThat(availableHours(ida, monday)).containsExactly(hours("8", "8", "0", "8", "6", "0", "0"));

            Callers.signInWith(ORG, ida.email(), TestOrganizations.PASSWORD);
            ExceptionView asked = availability.request(new ExceptionDraft(monday, ExceptionKind.LEAVE, BigDecimal.ZERO, "dentist"));
            assertThat(asked.status()).isEqualTo(ExceptionStatus.REQUESTED);
            assertThat(availability.calendarOf(ida.id(), monday, monday).days().get(0)).satisfies(day -> {
                assertThat(day.exception().id()).isEqualTo(asked.id());
                assertThat(day.available()).as("a request counts once approved").isEqualByComparingTo("8");
            });
            assertThatThrownBy(() -> availability.request(new ExceptionDraft(monday, ExceptionKind.HALF_DAY, new BigDecimal("4"), null)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("day"));
            assertThatThrownBy(() -> availability.decide(asked.id(), asked.version(), true)).isInstanceOf(PermissionDeniedException.class);

            Callers.signInAs("manager", ORG);
            assertThat(availability.requests()).extracting(ExceptionView::id).contains(asked.id());
            ExceptionView approved = availability.decide(asked.id(), asked.version(), true);
            assertThat(approved.decidedByName()).startsWith("manager of");
            ExceptionView overtime = availability.enter(ida.id(), new ExceptionDraft(monday.plusDays(5), ExceptionKind.OVERTIME, new BigDecimal("4.5"), null));
            assertThat(overtime.status()).as("a manager's entry counts at once").isEqualTo(ExceptionStatus.APPROVED);
            assertThat(availableHours(ida, monday)).containsExactly(hours("0", "8", "0", "8", "6", "4.5", "0"));
            assertThat(availability.calendarOf(ida.id(), monday.plusDays(2), monday.plusDays(2)).days().get(0).holiday()).startsWith("Founders' day");

            Callers.signInWith(ORG, ida.email(), TestOrganizations.PASSWORD);
            assertThatThrownBy(() -> availability.withdraw(approved.id(), approved.version()))
                    .as("a decided request stays").isInstanceOf(BusinessRuleException.class);
            assertThatThrownBy(() -> availability.calendarOf(ida.id(), monday, monday.plusDays(62)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("to"));
        } finally {
            Callers.signInAs("manager", ORG);
            availability.removeHoliday(holiday.id());
        }
        assertThat(availableHours(ida, monday).get(2)).as("the holiday is gone").isEqualByComparingTo("8");
    }

    @Test
    void timeEnteredByHandIsCorrectedOnlyWithAReasonAndTheWorkloadSumsIt() {
        UserView otto = newWorker("Otto");
        LocalDate yesterday = today().minusDays(1);
        Callers.signInWith(ORG, otto.email(), TestOrganizations.PASSWORD);
        TimeEntryView training = time.enter(otto.id(), new TimeDraft(TimeCategory.TRAINING, yesterday.atTime(8, 0), yesterday.atTime(10, 30), "forklift"));
        assertThat(training.hours()).isEqualByComparingTo("2.5");
        assertThat(training.startedAt().toLocalDateTime()).as("in the organization's zone").isEqualTo(yesterday.atTime(8, 0));
        assertThatThrownBy(() -> time.enter(otto.id(), new TimeDraft(TimeCategory.CLEANING, yesterday.atTime(9, 0), yesterday.atTime(11, 0), null)))
                .as("one worker's time never overlaps").isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining(yesterday + " 08:00").hasMessageContaining(yesterday + " 10:30");
        LocalDateTime soon = LocalDateTime.now(ORG_ZONE).plusHours(2);
        assertThatThrownBy(() -> time.enter(otto.id(), new TimeDraft(TimeCategory.CLEANING, soon.minusMinutes(30), soon, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("to"));
        assertThatThrownBy(() -> time.correct(training.id(), training.version(), yesterday.atTime(8, 0), yesterday.atTime(9, 0), "oops"))
                .as("only a manager corrects").isInstanceOf(PermissionDeniedException.class);

        Callers.signInAs("worker", ORG);
        assertThatThrownBy(() -> time.of(otto.id(), yesterday, yesterday)).as("another worker's time").isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> time.enter(otto.id(), new TimeDraft(TimeCategory.OTHER, yesterday.atTime(12, 0), yesterday.atTime(13, 0), null)))
                .isInstanceOf(PermissionDeniedException.class);

        Callers.signInAs("manager", ORG);
        assertThatThrownBy(() -> time.correct(training.id(), training.version(), yesterday.atTime(8, 0), yesterday.atTime(9, 30), " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("reason"));
        TimeEntryView corrected = time.correct(training.id(), training.version(), yesterday.atTime(8, 0), yesterday.atTime(9, 30), "left early");
        assertThat(corrected.hours()).isEqualByComparingTo("1.5");
        assertThat(corrected.correctedByName()).startsWith("manager of");
        assertThat(corrected.correctionReason()).isEqualTo("left early");
        assertThat(time.of(otto.id(), yesterday, yesterday)).extracting(TimeEntryView::id).containsExactly(training.id());

        WorkloadRow past = row(otto, yesterday, yesterday);
        WorkloadDay day = past.days().get(0);
        assertThat(day.worked()).isEqualByComparingTo("1.5");
        assertThat(day.assigned()).as("open work counts from today on").isEqualByComparingTo("0");
        assertThat(day.overtime()).isEqualByComparingTo(new BigDecimal("1.5").subtract(day.available()).max(BigDecimal.ZERO));

        // Work planned for a day next week counts on that day: the stage's estimate, less time spent (none yet).
        StageView stage = stages.list().stream().filter(StageView::active).findFirst().orElseThrow();
        skills.set(otto.id(), stage.id(), new SkillDraft(SkillLevel.EXPERT, null, null));
        LocalDate tuesday = today().with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusDays(1);
        UUID customer = customers.create(new CustomerDraft("Workload " + suffix(), null, null, null, null)).id();
        UUID order = orders.create(new OrderDraft(customer, null, LocalDate.now().plusDays(30), null, Map.of())).id();
        BatchView batch = batches.create(new BatchDraft(null, null, "workload"), List.of(order));
        batches.assign(batch.id(), stage.id(), otto.id(), tuesday, null);
        BigDecimal estimate = stage.estimatedHours() == null ? BigDecimal.ZERO : stage.estimatedHours();
        WorkloadRow next = row(otto, tuesday.minusDays(1), tuesday);
        assertThat(next.days().get(1).assigned()).isEqualByComparingTo(estimate);
        assertThat(next.days().get(1).available()).isEqualByComparingTo("8");
        assertThat(next.assigned()).isEqualByComparingTo(estimate);
        assertThat(next.days().get(1).utilisation()).isEqualTo(estimate.multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(8), 0, java.math.RoundingMode.HALF_UP).intValue());
        batches.assign(batch.id(), stage.id(), null);
    }

    @Test
    void completedWorkCountsInTheMetricsWithTheTimeItTook() {
        UserView mia = newWorker("Mia");
        Callers.signInAs("manager", ORG);
        StageView stage = stages.list().stream().filter(StageView::active).findFirst().orElseThrow();
        skills.set(mia.id(), stage.id(), new SkillDraft(SkillLevel.QUALIFIED, null, null));
        UUID customer = customers.create(new CustomerDraft("Metrics " + suffix(), null, null, null, null)).id();
        UUID order = orders.create(new OrderDraft(customer, null, LocalDate.now().plusDays(30), null, Map.of())).id();
        BatchView batch = batches.create(new BatchDraft(null, null, "metrics"), List.of(order));
        // Planned for her next working day (a weekend has no hours); the work counts on the day it completes.
        batches.assign(batch.id(), stage.id(), mia.id(), null, null);

        Callers.signInWith(ORG, mia.email(), TestOrganizations.PASSWORD);
        var work = batches.myWork().stream().filter(a -> a.batchId().equals(batch.id())).findFirst().orElseThrow();
        batches.start(work.id(), work.version());
        // The worker forgot to press Start two hours ago: a manager moves the start back, with a reason.
        Callers.signInAs("manager", ORG);
        TimeEntryView running = time.of(mia.id(), today().minusDays(1), today()).get(0);
        // The view's times carry the organization's offset; the correction takes the organization's local time.
        LocalDateTime twoHoursAgo = running.startedAt().toLocalDateTime().minusHours(2);
        time.correct(running.id(), running.version(), twoHoursAgo, null, "forgot to press Start");
        Callers.signInWith(ORG, mia.email(), TestOrganizations.PASSWORD);
        work = batches.myWork().stream().filter(a -> a.batchId().equals(batch.id())).findFirst().orElseThrow();
        batches.complete(work.id(), work.version());

        Callers.signInAs("manager", ORG);
        Page<io.shopfloor.people.entity.MetricRow> page = metrics.figures(today(), today(),
                java.util.EnumSet.of(io.shopfloor.people.entity.MetricDimension.WORKER, io.shopfloor.people.entity.MetricDimension.STAGE),
                PageRequest.first(200));
        assertThat(page.totalExact()).isTrue();
        assertThat(page.total()).isEqualTo(page.items().size());
        io.shopfloor.people.entity.MetricRow row = page.items().stream().filter(m -> mia.id().equals(m.workerId())).findFirst().orElseThrow();
        assertThat(row.workerName()).isEqualTo(mia.displayName());
        assertThat(row.stageName()).isEqualTo(stage.name());
        assertThat(row.productId()).as("not grouped by product").isNull();
        assertThat(row.units()).isEqualTo(1);
        assertThat(row.worked()).isBetween(new BigDecimal("1.99"), new BigDecimal("2.05"));
        BigDecimal estimate = stage.estimatedHours() == null ? BigDecimal.ZERO : stage.estimatedHours();
        assertThat(row.estimated()).isEqualByComparingTo(estimate);
        assertThat(row.efficiency()).isEqualByComparingTo(estimate.divide(row.worked(), 4, java.math.RoundingMode.HALF_UP));
        assertThat(row.checks()).isZero();
        assertThat(row.availability()).as("never paused").isGreaterThan(new BigDecimal("0.99"));
        assertThatThrownBy(() -> metrics.figures(today(), today(), java.util.EnumSet.noneOf(io.shopfloor.people.entity.MetricDimension.class),
                PageRequest.first(10)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("groupBy"));

        Callers.signInAs("worker", ORG);
        assertThatThrownBy(() -> metrics.figures(today(), today(), java.util.EnumSet.of(io.shopfloor.people.entity.MetricDimension.WORKER),
                PageRequest.first(10)))
                .isInstanceOf(PermissionDeniedException.class);
    }

    // ------------------------------------------------------------------------------------------

    private UserView newWorker(String name) {
        Callers.signInAs("admin", ORG);
        UUID workerRole = users.roles().stream().filter(r -> r.name().equals("worker")).map(RoleView::id).findFirst().orElseThrow();
        String tag = suffix();
        return users.create(new NewUser(name.toLowerCase() + "-" + tag + "@" + ORG + ".example", name + " " + tag,
                TestOrganizations.PASSWORD, List.of(workerRole)));
    }

    private List<BigDecimal> availableHours(UserView worker, LocalDate monday) {
        return availability.calendarOf(worker.id(), monday, monday.plusDays(6)).days().stream().map(CalendarDay::available).toList();
    }

    private WorkloadRow row(UserView worker, LocalDate from, LocalDate to) {
        return workload.grid(from, to, worker.displayName(), PageRequest.first(10)).items().stream()
                .filter(r -> r.userId().equals(worker.id())).findFirst().orElseThrow();
    }

    private static BigDecimal[] hours(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toArray(BigDecimal[]::new);
    }

    private static LocalDate today() {
        return LocalDate.now(ORG_ZONE);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }
}
