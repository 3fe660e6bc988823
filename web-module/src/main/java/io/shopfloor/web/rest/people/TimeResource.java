package io.shopfloor.web.rest.people;

import static io.shopfloor.web.rest.QueryParams.pathId;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.shopfloor.people.boundary.TimeEntries;
import io.shopfloor.web.rest.QueryParams;
import io.shopfloor.web.rest.people.PeopleDtos.TimeEntryDto;
import io.shopfloor.web.rest.people.PeopleInputs.CorrectionInput;

/** Corrections of recorded time: people:write, with a reason (a worker's time is listed under /workers/{id}/time). */
@Path("time")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TimeResource {

    @EJB
    TimeEntries time;

    @PUT
    @Path("{id}")
    public TimeEntryDto correct(@PathParam("id") String id, CorrectionInput input) {
        QueryParams params = new QueryParams();
        var from = params.dateTime("from", input == null ? null : input.from());
        var to = params.dateTime("to", input == null ? null : input.to());
        params.require("from", from);
        params.require("version", input == null ? null : input.version());
        params.check();
        return TimeEntryDto.of(time.correct(pathId(id, "record.timeEntry"), input.version(), from, to, input.reason()));
    }
}
