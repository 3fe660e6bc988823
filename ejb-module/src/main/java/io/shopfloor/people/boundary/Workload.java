package io.shopfloor.people.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import io.shopfloor.people.control.Days;
import io.shopfloor.people.control.TeamMembers;
import io.shopfloor.people.control.WorkHours;
import io.shopfloor.people.control.WorkedHours;
import io.shopfloor.people.entity.WorkloadDay;
import io.shopfloor.people.entity.WorkloadRow;
import io.shopfloor.platform.query.Page;
import io.shopfloor.platform.query.PageRequest;
import io.shopfloor.platform.security.control.RequiresPermission;

/**
 * How loaded everyone is: per worker and day, the hours of open work that count on it (the
 * database's {@code open_work}: open work counts on its planned day, or today once that has
 * passed), the hours available, the hours worked and overtime. The same figures the assignment
 * check uses, so the grid and a refusal never disagree.
 */
@Stateless
public class Workload {

    @Inject
    TeamMembers members;

    @Inject
    WorkHours workHours;

    @Inject
    WorkedHours workedHours;

    @RequiresPermission("people:read")
    public Page<WorkloadRow> grid(LocalDate from, LocalDate to, String search, PageRequest page) {
        Days days = new Days(from, to);
        Page<Map.Entry<UUID, String>> team = members.page(search, page);
        List<UUID> ids = TeamMembers.ids(team);
        Map<String, WorkHours.Load> planned = workHours.loads(ids, days);
        Map<String, BigDecimal> worked = workedHours.perDay(ids, days);
        List<WorkloadRow> rows = new ArrayList<>();
        for (Map.Entry<UUID, String> worker : team.items()) {
            List<WorkloadDay> cells = new ArrayList<>();
            for (LocalDate day = days.from(); !day.isAfter(days.to()); day = day.plusDays(1)) {
                String key = WorkedHours.key(worker.getKey(), day);
                WorkHours.Load load = planned.getOrDefault(key, new WorkHours.Load(BigDecimal.ZERO, BigDecimal.ZERO));
                cells.add(new WorkloadDay(day, load.assigned(), load.available(), WorkHours.plain(worked.getOrDefault(key, BigDecimal.ZERO))));
            }
            rows.add(new WorkloadRow(worker.getKey(), worker.getValue(), cells));
        }
        return new Page<>(rows, team.total(), team.offset(), team.limit());
    }
}
