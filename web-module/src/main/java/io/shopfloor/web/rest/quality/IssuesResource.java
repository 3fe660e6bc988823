package io.shopfloor.web.rest.quality;

import static io.shopfloor.web.rest.QueryParams.pathId;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
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
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.shopfloor.platform.query.PageRequest;
import io.shopfloor.quality.boundary.Issues;
import io.shopfloor.quality.entity.IssueDraft;
import io.shopfloor.quality.entity.IssueFilter;
import io.shopfloor.quality.entity.Severity;
import io.shopfloor.web.rest.PageDto;
import io.shopfloor.web.common.Problem;
import io.shopfloor.web.rest.QueryParams;
import io.shopfloor.web.rest.quality.QualityDtos.HistoryDto;
import io.shopfloor.web.rest.quality.QualityDtos.FileDto;
import io.shopfloor.web.rest.quality.QualityDtos.IssueDto;
import io.shopfloor.web.rest.quality.QualityDtos.IssueSummaryDto;
import io.shopfloor.web.rest.quality.QualityInputs.IssueAction;
import io.shopfloor.web.rest.quality.QualityInputs.IssueInput;

/**
 * Quality issues: list newest first ({@code open}, {@code mine}, {@code overdue} as true, and
 * {@code categoryId}, {@code stageId}, {@code severity}, {@code batchId}, {@code orderId}), one
 * issue, report, change, assign, resolve, reopen, attach a file. Each answer carries its SLA
 * status (on_track, at_risk, overdue, resolved).
 */
@Path("issues")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IssuesResource {

    @EJB
    Issues issues;

    @GET
    public PageDto<IssueSummaryDto> list(@QueryParam("open") String open, @QueryParam("mine") String mine, @QueryParam("overdue") String overdue,
                                         @QueryParam("categoryId") String categoryId, @QueryParam("stageId") String stageId,
                                         @QueryParam("severity") String severity, @QueryParam("batchId") String batchId,
                                         @QueryParam("orderId") String orderId, @QueryParam("offset") String offset,
                                         @QueryParam("limit") String limit) {
        QueryParams params = new QueryParams();
        IssueFilter filter = new IssueFilter("true".equalsIgnoreCase(open), "true".equalsIgnoreCase(mine), "true".equalsIgnoreCase(overdue),
                params.uuid("categoryId", categoryId), params.uuid("stageId", stageId), params.code("severity", severity, Severity::ofCode),
                params.uuid("batchId", batchId), params.uuid("orderId", orderId));
        PageRequest page = params.page(offset, limit);
        params.check();
        return PageDto.of(issues.list(filter, page), IssueSummaryDto::of);
    }

    @GET
    @Path("{id}")
    public IssueDto get(@PathParam("id") String id) {
        return IssueDto.of(issues.find(pathId(id, "record.issue")));
    }

    @GET
    @Path("{id}/history")
    public Response history(@PathParam("id") String id, @Context HttpServletRequest request) {
        Locale language = Problem.language(request);
        List<HistoryDto> steps = issues.history(pathId(id, "record.issue")).stream().map(h -> HistoryDto.of(h, language)).toList();
        return Response.ok(steps).language(language).build();
    }

    @POST
    public Response report(IssueInput input) {
        QueryParams params = new QueryParams();
        IssueDraft draft = draft(input, params);
        params.check();
        IssueDto created = IssueDto.of(issues.report(draft));
        return Response.created(URI.create("issues/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    public IssueDto update(@PathParam("id") String id, IssueInput input) {
        QueryParams params = new QueryParams();
        IssueDraft draft = draft(input, params);
        params.require("version", input == null ? null : input.version());
        params.check();
        return IssueDto.of(issues.update(pathId(id, "record.issue"), input.version(), draft));
    }

    @POST
    @Path("{id}/assign")
    public IssueDto assign(@PathParam("id") String id, IssueAction input) {
        QueryParams params = new QueryParams();
        UUID assignee = params.uuid("assignedTo", input == null ? null : input.assignedTo());
        long version = version(input, params);
        return IssueDto.of(issues.assign(pathId(id, "record.issue"), version, assignee));
    }

    @POST
    @Path("{id}/resolve")
    public IssueDto resolve(@PathParam("id") String id, IssueAction input) {
        long version = version(input, new QueryParams());
        return IssueDto.of(issues.resolve(pathId(id, "record.issue"), version, input.rootCause(), input.resolution()));
    }

    @POST
    @Path("{id}/reopen")
    public IssueDto reopen(@PathParam("id") String id, IssueAction input) {
        return IssueDto.of(issues.reopen(pathId(id, "record.issue"), version(input, new QueryParams())));
    }

    /** Attaches a photo or PDF: the body is the file, {@code name} its name. */
    @POST
    @Path("{id}/files")
    @Consumes(MediaType.WILDCARD)
    public Response attach(@PathParam("id") String id, @QueryParam("name") String name, InputStream body) {
        FileDto file = FileDto.of(issues.attach(pathId(id, "record.issue"), name, FilesResource.read(body)));
        return Response.created(URI.create("files/" + file.id())).entity(file).type(MediaType.APPLICATION_JSON).build();
    }

    private static long version(IssueAction input, QueryParams params) {
        params.require("version", input == null ? null : input.version());
        params.check();
        return input.version();
    }

    private static IssueDraft draft(IssueInput input, QueryParams params) {
        if (input == null) {
            return new IssueDraft(null, null, null, null, null, null, null, null, null);
        }
        return new IssueDraft(params.uuid("batchId", input.batchId()), params.uuid("orderId", input.orderId()),
                params.uuid("stageId", input.stageId()), params.uuid("categoryId", input.categoryId()),
                params.code("severity", input.severity(), Severity::ofCode), input.title(), input.description(),
                params.uuid("assignedTo", input.assignedTo()), input.customFields());
    }
}
