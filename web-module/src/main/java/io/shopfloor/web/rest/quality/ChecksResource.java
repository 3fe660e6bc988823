package io.shopfloor.web.rest.quality;

import static io.shopfloor.web.rest.QueryParams.pathId;

import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.shopfloor.quality.boundary.QualityChecks;
import io.shopfloor.quality.entity.CheckView;
import io.shopfloor.quality.entity.ResultInput;
import io.shopfloor.web.rest.QueryParams;
import io.shopfloor.web.rest.quality.QualityDtos.CheckDto;
import io.shopfloor.web.rest.quality.QualityDtos.CheckSummaryDto;
import io.shopfloor.web.rest.quality.QualityDtos.FileDto;
import io.shopfloor.web.rest.quality.QualityDtos.NeedDto;
import io.shopfloor.web.rest.quality.QualityInputs.CheckInput;
import io.shopfloor.web.rest.quality.QualityInputs.CompleteInput;
import io.shopfloor.web.rest.quality.QualityInputs.ResultBody;

/**
 * Quality checks: what a batch needs at its stage, a batch's or an order's checks, one check with
 * its items and results; file a check (at once, or open, record, attach photos, complete). Refused
 * results name their item as {@code results.<itemId>}.
 */
@Path("checks")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ChecksResource {

    @EJB
    QualityChecks checks;

    /** {@code GET /checks?batchId=…} or {@code ?orderId=…}, newest first. */
    @GET
    public List<CheckSummaryDto> list(@QueryParam("batchId") String batchId, @QueryParam("orderId") String orderId) {
        QueryParams params = new QueryParams();
        UUID batch = params.uuid("batchId", batchId);
        UUID order = params.uuid("orderId", orderId);
        params.check();
        return checks.list(batch, order).stream().map(CheckSummaryDto::of).toList();
    }

    /** The checks the batch needs before it may leave its current stage. */
    @GET
    @Path("needs")
    public List<NeedDto> needs(@QueryParam("batchId") String batchId) {
        QueryParams params = new QueryParams();
        UUID batch = params.uuid("batchId", batchId);
        params.require("batchId", batch);
        params.check();
        return checks.needs(batch).stream().map(NeedDto::of).toList();
    }

    @GET
    @Path("{id}")
    public CheckDto get(@PathParam("id") String id) {
        return CheckDto.of(checks.find(pathId(id, "record.check")));
    }

    @POST
    public Response create(CheckInput input) {
        QueryParams params = new QueryParams();
        UUID batch = params.uuid("batchId", input == null ? null : input.batchId());
        UUID template = params.uuid("templateId", input == null ? null : input.templateId());
        UUID order = params.uuid("orderId", input == null ? null : input.orderId());
        params.require("batchId", batch);
        params.require("templateId", template);
        List<ResultInput> results = results(input == null ? null : input.results(), params);
        params.check();
        CheckView check = Boolean.FALSE.equals(input.complete()) ? checks.open(batch, template, order)
                : checks.file(batch, template, order, results, input.notes());
        return Response.created(URI.create("checks/" + check.id())).entity(CheckDto.of(check)).build();
    }

    /** Records (or changes) one item's result while the check is open. */
    @PUT
    @Path("{id}/results/{itemId}")
    public CheckDto record(@PathParam("id") String id, @PathParam("itemId") String itemId, ResultBody input) {
        UUID item = pathId(itemId, "record.checklist");
        ResultInput result = input == null ? new ResultInput(item, null, null, null)
                : new ResultInput(item, input.passed(), input.reading(), input.notes());
        return CheckDto.of(checks.record(pathId(id, "record.check"), result));
    }

    /** Attaches a photo to an item's recorded result: the body is the file, {@code name} its name. */
    @POST
    @Path("{id}/results/{itemId}/photos")
    @Consumes(MediaType.WILDCARD)
    public Response attach(@PathParam("id") String id, @PathParam("itemId") String itemId, @QueryParam("name") String name, InputStream body) {
        FileDto file = FileDto.of(checks.attachPhoto(pathId(id, "record.check"), pathId(itemId, "record.checklist"), name, FilesResource.read(body)));
        return Response.created(URI.create("files/" + file.id())).entity(file).type(MediaType.APPLICATION_JSON).build();
    }

    @POST
    @Path("{id}/complete")
    public CheckDto complete(@PathParam("id") String id, CompleteInput input) {
        QueryParams params = new QueryParams();
        params.require("version", input == null ? null : input.version());
        List<ResultInput> results = results(input == null ? null : input.results(), params);
        params.check();
        return CheckDto.of(checks.complete(pathId(id, "record.check"), input.version(), results, input.notes()));
    }

    private static List<ResultInput> results(List<ResultBody> bodies, QueryParams params) {
        List<ResultInput> results = new ArrayList<>();
        if (bodies == null) {
            return results;
        }
        for (int i = 0; i < bodies.size(); i++) {
            ResultBody body = bodies.get(i);
            UUID item = body == null ? null : params.uuid("results[" + i + "].itemId", body.itemId());
            params.require("results[" + i + "].itemId", item);
            if (item != null) {
                results.add(new ResultInput(item, body.passed(), body.reading(), body.notes()));
            }
        }
        return results;
    }
}
