package io.shopfloor.people.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.shopfloor.people.control.Days;
import io.shopfloor.people.control.TeamMembers;
import io.shopfloor.people.control.WorkHours;
import io.shopfloor.people.control.WorkedHours;
import io.shopfloor.people.entity.WorkloadDay;
import io.shopfloor.people.entity.WorkloadRow;
import io.shopfloor.platform.query.Page;
import io.shopfloor.platform.query.PageRequest;
import io.shopfloor.platform.query.SqlValues;
import io.shopfloor.platform.security.control.Caller;
import io.shopfloor.platform.security.control.RequiresPermission;

/**
 * How loaded everyone is: per worker and day, the hours of open work that count on it (the
 * database's {@code assigned_hours}: open work counts on its planned day, or today once that has
 * passed), the hours available, the hours worked and overtime. The same figures the assignment
 * check uses, so the grid and a refusal never disagree.
 */
@Stateless
public class Workload {

    /** Each worker's assigned and available hours per day: ?1 the tenant, ?2 the workers' ids (comma-separated), ?3 and ?4 the first and last day. */
    public static final String PLANNED = """
            SELECT w.id, CAST(d AS date), shopfloor.assigned_hours(?1, w.id, CAST(d AS date)), shopfloor.available_hours(?1, w.id, CAST(d AS date))
            FROM unnest(string_to_array(?2, ',')::uuid[]) AS w (id),
                 generate_series(CAST(?3 AS date), CAST(?4 AS date), interval '1 day') AS d""";

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    TeamMembers members;

    @Inject
    WorkedHours workedHours;

    @RequiresPermission("people:read")
    public Page<WorkloadRow> grid(LocalDate from, LocalDate to, String search, PageRequest page) {
        Days days = new Days(from, to);
        Page<Map.Entry<UUID, String>> team = members.page(search, page);
        List<UUID> ids = TeamMembers.ids(team);
        Map<String, BigDecimal[]> planned = new HashMap<>();
        if (!ids.isEmpty()) {
            List<?> rows = em.createNativeQuery(PLANNED)
                    .setParameter(1, caller.tenantId()).setParameter(2, ids.stream().map(UUID::toString).collect(Collectors.joining(",")))
                    .setParameter(3, days.from()).setParameter(4, days.to()).getResultList();
            for (Object row : rows) {
                Object[] r = (Object[]) row;
                planned.put(WorkedHours.key((UUID) r[0], SqlValues.date(r[1])),
                        new BigDecimal[] {WorkHours.plain((BigDecimal) r[2]), WorkHours.plain((BigDecimal) r[3])});
            }
        }
        Map<String, BigDecimal> worked = workedHours.perDay(ids, days);
        List<WorkloadRow> rows = new ArrayList<>();
        for (Map.Entry<UUID, String> worker : team.items()) {
            List<WorkloadDay> cells = new ArrayList<>();
            for (LocalDate day = days.from(); !day.isAfter(days.to()); day = day.plusDays(1)) {
                String key = WorkedHours.key(worker.getKey(), day);
                BigDecimal[] figures = planned.getOrDefault(key, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                cells.add(new WorkloadDay(day, figures[0], figures[1], WorkHours.plain(worked.getOrDefault(key, BigDecimal.ZERO))));
            }
            rows.add(new WorkloadRow(worker.getKey(), worker.getValue(), cells));
        }
        return new Page<>(rows, team.total(), team.offset(), team.limit());
    }
}
