package io.shopfloor.web.rest.quality;

import static io.shopfloor.web.rest.QueryParams.pathId;

import java.net.URI;
import java.util.List;

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

import io.shopfloor.quality.boundary.IssueCategories;
import io.shopfloor.quality.entity.CategoryDraft;
import io.shopfloor.quality.entity.Severity;
import io.shopfloor.web.rest.QueryParams;
import io.shopfloor.web.rest.quality.QualityDtos.CategoryDto;
import io.shopfloor.web.rest.quality.QualityInputs.CategoryInput;

/** Issue categories: list (inactive ones with {@code inactive=true}), one, create, change, (de)activate. */
@Path("issue-categories")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IssueCategoriesResource {

    @EJB
    IssueCategories categories;

    @GET
    public List<CategoryDto> list(@QueryParam("inactive") String inactive) {
        return categories.list("true".equalsIgnoreCase(inactive)).stream().map(CategoryDto::of).toList();
    }

    @GET
    @Path("{id}")
    public CategoryDto get(@PathParam("id") String id) {
        return CategoryDto.of(categories.find(pathId(id, "record.issueCategory")));
    }

    @POST
    public Response create(CategoryInput input) {
        QueryParams params = new QueryParams();
        CategoryDraft draft = draft(input, params);
        params.check();
        CategoryDto created = CategoryDto.of(categories.create(draft));
        return Response.created(URI.create("issue-categories/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    public CategoryDto update(@PathParam("id") String id, CategoryInput input) {
        QueryParams params = new QueryParams();
        CategoryDraft draft = draft(input, params);
        params.require("version", input == null ? null : input.version());
        params.check();
        return CategoryDto.of(categories.update(pathId(id, "record.issueCategory"), input.version(), draft));
    }

    @POST
    @Path("{id}/active")
    public CategoryDto setActive(@PathParam("id") String id, CategoryInput input) {
        QueryParams params = new QueryParams();
        params.require("version", input == null ? null : input.version());
        params.require("active", input == null ? null : input.active());
        params.check();
        return CategoryDto.of(categories.setActive(pathId(id, "record.issueCategory"), input.version(), input.active()));
    }

    private static CategoryDraft draft(CategoryInput input, QueryParams params) {
        if (input == null) {
            return new CategoryDraft(null, null, null, 0);
        }
        return new CategoryDraft(input.name(), input.description(), params.code("defaultSeverity", input.defaultSeverity(), Severity::ofCode),
                input.slaHours() == null ? 0 : input.slaHours());
    }
}
