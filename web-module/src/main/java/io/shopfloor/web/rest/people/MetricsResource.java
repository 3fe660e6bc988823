package io.shopfloor.web.rest.people;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.shopfloor.people.boundary.PeopleMetrics;
import io.shopfloor.people.entity.MetricDimension;
import io.shopfloor.people.entity.MetricRow;
import io.shopfloor.platform.query.PageRequest;
import io.shopfloor.web.rest.PageDto;
import io.shopfloor.web.rest.QueryParams;

/**
 * Production metrics (people:read) of the work completed from {@code from} to {@code to} (at most
 * 62 days), summed by {@code groupBy}: any of worker, stage, product and day, comma-separated
 * (worker when not given); a page ({@code offset}, {@code limit}, 50 unless given) in the order of
 * day, worker, stage and product. Ratios are decimals (0.85 is 85 %), null where there is nothing
 * to divide by.
 */
@Path("metrics")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class MetricsResource {

    public record MetricDto(UUID workerId, String workerName, UUID stageId, String stageName, UUID productId, String productName,
                            LocalDate day, long units, BigDecimal estimatedHours, BigDecimal workedHours, BigDecimal pausedHours,
                            BigDecimal efficiency, long checks, long passedChecks, BigDecimal firstPass, BigDecimal availability,
                            BigDecimal performance, BigDecimal oee) {

        static MetricDto of(MetricRow m) {
            return new MetricDto(m.workerId(), m.workerName(), m.stageId(), m.stageName(), m.productId(), m.productName(), m.day(), m.units(),
                    m.estimated(), m.worked(), m.paused(), m.efficiency(), m.checks(), m.passedChecks(), m.firstPass(), m.availability(),
                    m.performance(), m.oee());
        }
    }

    @EJB
    PeopleMetrics metrics;

    @GET
    public PageDto<MetricDto> figures(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("groupBy") String groupBy,
                                      @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        QueryParams params = new QueryParams();
        LocalDate first = params.date("from", from);
        LocalDate last = params.date("to", to);
        Set<MetricDimension> by = EnumSet.noneOf(MetricDimension.class);
        for (String code : (groupBy == null || groupBy.isBlank() ? "worker" : groupBy).split(",")) {
            MetricDimension dimension = params.code("groupBy", code, MetricDimension::ofCode);
            if (dimension != null) {
                by.add(dimension);
            }
        }
        PageRequest page = params.page(offset, limit);
        params.check();
        return PageDto.of(metrics.figures(first, last, by, page), MetricDto::of);
    }
}
