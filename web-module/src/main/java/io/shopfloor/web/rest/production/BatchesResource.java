package io.shopfloor.web.rest.production;

import static io.shopfloor.web.rest.QueryParams.pathId;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.shopfloor.platform.query.PageRequest;
import io.shopfloor.production.boundary.Batches;
import io.shopfloor.production.entity.BatchDraft;
import io.shopfloor.production.entity.BatchPriority;
import io.shopfloor.web.rest.PageDto;
import io.shopfloor.web.rest.QueryParams;

/**
 * Batches: list, create from pending orders, change, add and remove orders, assign a worker per
 * stage (with a skill and the day's hours, or an override), advance. Every change names the version the caller read; a batch
 * changed meanwhile answers 409 and nothing is applied.
 */
@Path("batches")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BatchesResource {

    @EJB
    Batches batches;

    /** Newest first; incomplete batches only unless {@code completed=true}. */
    @GET
    public PageDto<BatchCardDto> list(@QueryParam("completed") String completed,
                                      @QueryParam("offset") String offset,
                                      @QueryParam("limit") String limit) {
        QueryParams params = new QueryParams();
        PageRequest page = params.page(offset, limit);
        params.check();
        return PageDto.of(batches.list("true".equalsIgnoreCase(completed), page), BatchCardDto::of);
    }

    @GET
    @Path("{id}")
    public BatchDto get(@PathParam("id") String id) {
        return BatchDto.of(batches.find(pathId(id, "record.batch")));
    }

    @POST
    public Response create(BatchInput input) {
        QueryParams params = new QueryParams();
        BatchDraft draft = draft(input, params);
        List<UUID> orderIds = orderIds(input, params);
        params.check();
        BatchDto created = BatchDto.of(batches.create(draft, orderIds));
        return Response.created(URI.create("batches/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    public BatchDto update(@PathParam("id") String id, BatchInput input) {
        QueryParams params = new QueryParams();
        BatchDraft draft = draft(input, params);
        params.require("version", input == null ? null : input.version());
        params.check();
        return BatchDto.of(batches.update(pathId(id, "record.batch"), input.version(), draft));
    }

    /** Adds pending orders; they go into production. */
    @POST
    @Path("{id}/orders")
    public BatchDto addOrders(@PathParam("id") String id, BatchInput input) {
        QueryParams params = new QueryParams();
        List<UUID> orderIds = orderIds(input, params);
        params.require("version", input == null ? null : input.version());
        params.check();
        return BatchDto.of(batches.addOrders(pathId(id, "record.batch"), input.version(), orderIds));
    }

    /** Takes an order out of an incomplete batch; it goes back to pending. */
    @DELETE
    @Path("{id}/orders/{orderId}")
    public BatchDto removeOrder(@PathParam("id") String id, @PathParam("orderId") String orderId, @QueryParam("version") String version) {
        QueryParams params = new QueryParams();
        int expected = params.integer("version", version, -1, 0);
        params.require("version", expected < 0 ? null : expected);
        params.check();
        return BatchDto.of(batches.removeOrder(pathId(id, "record.batch"), expected, pathId(orderId, "record.order")));
    }

    /** Assigns a worker (or nobody) to the batch's work at a stage, for a day. */
    @PUT
    @Path("{id}/stages/{stageId}/worker")
    public BatchDto assign(@PathParam("id") String id, @PathParam("stageId") String stageId, AssignInput input) {
        QueryParams params = new QueryParams();
        UUID worker = params.uuid("workerId", input == null ? null : input.workerId());
        LocalDate day = params.date("plannedOn", input == null ? null : input.plannedOn());
        params.check();
        return BatchDto.of(batches.assign(pathId(id, "record.batch"), pathId(stageId, "record.productionStage"), worker, day,
                input == null ? null : input.overrideReason()));
    }

    /** Completes the current stage's work and moves the batch to the next stage; the last stage completes it. */
    @POST
    @Path("{id}/advance")
    public BatchDto advance(@PathParam("id") String id, VersionInput input) {
        QueryParams params = new QueryParams();
        params.require("version", input == null ? null : input.version());
        params.check();
        return BatchDto.of(batches.advance(pathId(id, "record.batch"), input.version()));
    }

    private static BatchDraft draft(BatchInput input, QueryParams params) {
        if (input == null) {
            return new BatchDraft(null, null, null);
        }
        return new BatchDraft(params.code("priority", input.priority(), BatchPriority::ofCode),
                params.date("targetCompletion", input.targetCompletion()), input.notes());
    }

    private static List<UUID> orderIds(BatchInput input, QueryParams params) {
        List<String> ids = input == null || input.orderIds() == null ? List.of() : input.orderIds();
        List<UUID> parsed = ids.stream().map(o -> params.uuid("orderIds", o)).toList();
        if (parsed.isEmpty()) {
            params.require("orderIds", null);
        }
        return parsed;
    }
}
