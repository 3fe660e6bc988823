package io.shopfloor.quality.boundary;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.shopfloor.platform.security.control.RequiresPermission;
import io.shopfloor.platform.tenancy.control.OrganizationClock;
import io.shopfloor.quality.entity.QualityFigures;
import io.shopfloor.quality.entity.QualityFigures.ProductYield;
import io.shopfloor.quality.entity.QualityFigures.StageDay;
import io.shopfloor.quality.entity.SlaStatus;
import io.shopfloor.platform.query.SqlValues;

/**
 * The quality dashboard over the organization's last {@value #DAYS} days in its time zone: three
 * aggregate queries, each served by an index that leads with the tenant. Checks per stage and day
 * give the checks per day, the pass rate per stage and the p-chart; first checks give the
 * first-pass yield per product; open issues are counted by the one SLA function.
 */
@Stateless
public class QualityDashboard {

    public static final int DAYS = 30;

    // The queries, public so the benchmarks run exactly these (as the application role, under RLS).

    /** Checks completed since the moment ?1, per stage and day in time zone ?2, and how many passed (good or warning). */
    public static final String CHECKS_PER_STAGE_AND_DAY = """
                SELECT s.id, s.name, (q.completed_at AT TIME ZONE CAST(?2 AS text))::date, count(*),
                       count(*) FILTER (WHERE q.status IN ('good', 'warning'))
                FROM shopfloor.quality_checks q
                JOIN shopfloor.production_stages s ON s.tenant_id = q.tenant_id AND s.id = q.stage_id
                WHERE q.completed_at >= ?1
                GROUP BY s.id, s.name, s.position, 3
                ORDER BY s.position, lower(s.name), 3""";

    /**
     * First-pass yield per product since the moment ?1: a unit is a batch's checklist at a stage
     * (for one order, when the check was per order); it passed first time when its first completed
     * check was good or warning. A unit counts for each product its first check covered, as the
     * check recorded them when it completed (the checklist's own product, the order's, or every
     * product of the batch for a stage default).
     */
    public static final String FIRST_PASS_YIELD = """
                WITH firsts AS (
                    SELECT DISTINCT ON (q.batch_id, q.stage_id, q.template_id, q.order_id)
                           q.tenant_id, q.id, q.status IN ('good', 'warning') AS passed
                    FROM shopfloor.quality_checks q
                    WHERE q.completed_at >= ?1
                    ORDER BY q.batch_id, q.stage_id, q.template_id, q.order_id, q.completed_at
                ), per_product AS (
                    SELECT c.tenant_id, c.product_id, count(*) AS units, count(*) FILTER (WHERE f.passed) AS passed
                    FROM firsts f
                    JOIN shopfloor.quality_check_products c ON c.tenant_id = f.tenant_id AND c.check_id = f.id
                    GROUP BY c.tenant_id, c.product_id
                )
                SELECT p.id, p.name, y.units, y.passed
                FROM per_product y
                JOIN shopfloor.products p ON p.tenant_id = y.tenant_id AND p.id = y.product_id
                ORDER BY lower(p.name), p.id""";

    /** Open issues by SLA status, from the same function the lists and screens use. */
    public static final String OPEN_ISSUES_BY_SLA = """
                SELECT shopfloor.sla_status(i.due_at, i.resolved_at), count(*)
                FROM shopfloor.issues i
                WHERE i.resolved_at IS NULL
                GROUP BY 1""";

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    @Inject
    OrganizationClock clock;

    @RequiresPermission("quality:read")
    public QualityFigures figures() {
        ZoneId zone = clock.zone();
        LocalDate today = LocalDate.now(zone);
        LocalDate firstDay = today.minusDays(DAYS - 1L);
        OffsetDateTime since = firstDay.atStartOfDay(zone).toOffsetDateTime();
        List<?> checks = em.createNativeQuery(CHECKS_PER_STAGE_AND_DAY).setParameter(1, since).setParameter(2, zone.getId()).getResultList();
        List<?> yields = em.createNativeQuery(FIRST_PASS_YIELD).setParameter(1, since).getResultList();
        Map<SlaStatus, Long> open = new EnumMap<>(SlaStatus.class);
        List<?> issues = em.createNativeQuery(OPEN_ISSUES_BY_SLA).getResultList();
        issues.stream().map(r -> (Object[]) r).forEach(r -> open.put(SlaStatus.ofCode((String) r[0]), ((Number) r[1]).longValue()));
        return new QualityFigures(firstDay, today,
                checks.stream().map(r -> (Object[]) r).map(r -> new StageDay((UUID) r[0], (String) r[1], SqlValues.date(r[2]),
                        ((Number) r[3]).longValue(), ((Number) r[4]).longValue())).toList(),
                yields.stream().map(r -> (Object[]) r).map(r -> new ProductYield((UUID) r[0], (String) r[1],
                        ((Number) r[2]).longValue(), ((Number) r[3]).longValue())).toList(),
                open);
    }
}
