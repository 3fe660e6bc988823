package io.shopfloor.web.rest.production;

import static io.shopfloor.web.rest.QueryParams.pathId;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.shopfloor.people.entity.IntervalEnd;
import io.shopfloor.production.boundary.Batches;
import io.shopfloor.web.rest.QueryParams;

/**
 * The caller's own work: open assignments, start, pause with a reason, resume, complete. Time is
 * taken from the server when each arrives. Completing the work at a batch's
 * current stage moves the batch on, like advance.
 */
@Path("work")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkResource {

    @EJB
    Batches batches;

    @GET
    public List<AssignmentDto> mine() {
        return batches.myWork().stream().map(AssignmentDto::of).toList();
    }

    @POST
    @Path("{id}/start")
    public AssignmentDto start(@PathParam("id") String id, VersionInput input) {
        QueryParams params = new QueryParams();
        params.require("version", input == null ? null : input.version());
        params.check();
        return AssignmentDto.of(batches.start(pathId(id, "record.assignment"), input.version()));
    }

    /** Pauses the caller's time on the work, with why. */
    @POST
    @Path("{id}/pause")
    public AssignmentDto pause(@PathParam("id") String id, PauseInput input) {
        QueryParams params = new QueryParams();
        params.require("version", input == null ? null : input.version());
        params.require("reason", input == null ? null : input.reason());
        IntervalEnd reason = params.code("reason", input == null ? null : input.reason(), IntervalEnd::ofCode);
        params.check();
        return AssignmentDto.of(batches.pause(pathId(id, "record.assignment"), input.version(), reason));
    }

    /** Resumes the caller's time on the work (a start after a pause). */
    @POST
    @Path("{id}/resume")
    public AssignmentDto resume(@PathParam("id") String id, VersionInput input) {
        return start(id, input);
    }

    @POST
    @Path("{id}/complete")
    public BatchDto complete(@PathParam("id") String id, VersionInput input) {
        QueryParams params = new QueryParams();
        params.require("version", input == null ? null : input.version());
        params.check();
        return BatchDto.of(batches.complete(pathId(id, "record.assignment"), input.version()));
    }
}
