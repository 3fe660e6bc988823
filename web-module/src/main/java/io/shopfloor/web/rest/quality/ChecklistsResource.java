package io.shopfloor.web.rest.quality;

import static io.shopfloor.web.rest.QueryParams.pathId;

import java.net.URI;
import java.util.ArrayList;
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
import io.shopfloor.quality.boundary.Checklists;
import io.shopfloor.quality.entity.ChecklistDraft;
import io.shopfloor.quality.entity.ChecklistScope;
import io.shopfloor.quality.entity.ItemDraft;
import io.shopfloor.quality.entity.ItemKind;
import io.shopfloor.quality.entity.Severity;
import io.shopfloor.web.rest.PageDto;
import io.shopfloor.web.rest.QueryParams;
import io.shopfloor.web.rest.quality.QualityDtos.ChecklistDto;
import io.shopfloor.web.rest.quality.QualityInputs.ChecklistInput;
import io.shopfloor.web.rest.quality.QualityInputs.ItemInput;
import io.shopfloor.web.rest.quality.QualityInputs.VersionBody;

/**
 * Checklists: list (current versions; retired ones with {@code retired=true}), one with its items,
 * its versions; create a draft, change it (a published one: the change is published as the next
 * version), publish, retire, discard a draft.
 */
@Path("checklists")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ChecklistsResource {

    @EJB
    Checklists checklists;

    @GET
    public PageDto<ChecklistDto> list(@QueryParam("retired") String retired, @QueryParam("offset") String offset,
                                      @QueryParam("limit") String limit) {
        QueryParams params = new QueryParams();
        PageRequest page = params.page(offset, limit);
        params.check();
        return PageDto.of(checklists.list("true".equalsIgnoreCase(retired), page), ChecklistDto::of);
    }

    @GET
    @Path("{id}")
    public ChecklistDto get(@PathParam("id") String id) {
        return ChecklistDto.of(checklists.find(pathId(id, "record.checklist")));
    }

    @GET
    @Path("{id}/versions")
    public List<ChecklistDto> versions(@PathParam("id") String id) {
        return checklists.versions(pathId(id, "record.checklist")).stream().map(ChecklistDto::of).toList();
    }

    @POST
    public Response create(ChecklistInput input) {
        QueryParams params = new QueryParams();
        ChecklistDraft draft = draft(input, params);
        params.check();
        ChecklistDto created = ChecklistDto.of(checklists.create(draft));
        return Response.created(URI.create("checklists/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    public ChecklistDto update(@PathParam("id") String id, ChecklistInput input) {
        QueryParams params = new QueryParams();
        ChecklistDraft draft = draft(input, params);
        params.require("version", input == null ? null : input.version());
        params.check();
        return ChecklistDto.of(checklists.update(pathId(id, "record.checklist"), input.version(), draft));
    }

    @POST
    @Path("{id}/publish")
    public ChecklistDto publish(@PathParam("id") String id, VersionBody input) {
        return ChecklistDto.of(checklists.publish(pathId(id, "record.checklist"), version(input)));
    }

    @POST
    @Path("{id}/retire")
    public ChecklistDto retire(@PathParam("id") String id, VersionBody input) {
        return ChecklistDto.of(checklists.retire(pathId(id, "record.checklist"), version(input)));
    }

    /** Discards a draft ({@code version} as a query parameter); published versions are kept. */
    @DELETE
    @Path("{id}")
    public Response discard(@PathParam("id") String id, @QueryParam("version") String version) {
        QueryParams params = new QueryParams();
        int expected = params.integer("version", version, -1, 0);
        params.require("version", expected < 0 ? null : expected);
        params.check();
        checklists.discard(pathId(id, "record.checklist"), expected);
        return Response.noContent().build();
    }

    static long version(VersionBody input) {
        QueryParams params = new QueryParams();
        params.require("version", input == null ? null : input.version());
        params.check();
        return input.version();
    }

    private static ChecklistDraft draft(ChecklistInput input, QueryParams params) {
        if (input == null) {
            return new ChecklistDraft(null, null, null, null, List.of());
        }
        List<ItemInput> items = input.items() == null ? List.of() : input.items();
        List<ItemDraft> drafts = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ItemInput item = items.get(i);
            if (item == null) {
                params.require("items[" + i + "]", null);
                continue;
            }
            drafts.add(new ItemDraft(item.category(), item.text(), item.helpText(),
                    params.code("items[" + i + "].kind", item.kind(), ItemKind::ofCode), item.unit(), item.nominalValue(),
                    item.lowerLimit(), item.upperLimit(), params.code("items[" + i + "].severity", item.severity(), Severity::ofCode),
                    item.required() == null || item.required(), Boolean.TRUE.equals(item.photoRequired())));
        }
        UUID stage = params.uuid("stageId", input.stageId());
        return new ChecklistDraft(input.name(), stage, params.uuid("productId", input.productId()),
                params.code("scope", input.scope(), ChecklistScope::ofCode), drafts);
    }
}
