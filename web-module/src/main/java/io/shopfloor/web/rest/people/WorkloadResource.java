package io.shopfloor.web.rest.people;

import java.time.LocalDate;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.shopfloor.people.boundary.Workload;
import io.shopfloor.platform.query.PageRequest;
import io.shopfloor.web.rest.PageDto;
import io.shopfloor.web.rest.QueryParams;
import io.shopfloor.web.rest.people.PeopleDtos.WorkloadDto;

/** The workload (people:read): per worker and day, assigned, available and worked hours, utilisation and overtime. */
@Path("workload")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class WorkloadResource {

    @EJB
    Workload workload;

    @GET
    public PageDto<WorkloadDto> grid(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("search") String search,
                                     @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        QueryParams params = new QueryParams();
        LocalDate first = params.date("from", from);
        LocalDate last = params.date("to", to);
        PageRequest page = params.page(offset, limit);
        params.check();
        return PageDto.of(workload.grid(first, last, search, page), WorkloadDto::of);
    }
}
