package io.shopfloor.web.rest.products;

import static io.shopfloor.web.rest.QueryParams.pathId;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.shopfloor.orders.boundary.Products;
import io.shopfloor.orders.entity.ProductComplexity;
import io.shopfloor.orders.entity.ProductDraft;
import io.shopfloor.orders.entity.ProductStageEstimateDraft;
import io.shopfloor.platform.query.PageRequest;
import io.shopfloor.web.rest.PageDto;
import io.shopfloor.web.rest.QueryParams;

@Path("products")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProductsResource {

    @EJB
    Products products;

    /** Products by name unless {@code sort} is skuPrefix, basePrice or createdAt; {@code active=true} keeps offered ones. */
    @GET
    public PageDto<ProductDto> list(@QueryParam("q") String text,
                                    @QueryParam("active") String active,
                                    @QueryParam("offset") String offset,
                                    @QueryParam("limit") String limit,
                                    @QueryParam("sort") String sort,
                                    @QueryParam("order") @DefaultValue("asc") String order) {
        QueryParams params = new QueryParams();
        PageRequest page = params.page(offset, limit, sort, "desc".equalsIgnoreCase(order));
        params.check();
        return PageDto.of(products.list(text, "true".equalsIgnoreCase(active), page), ProductDto::of);
    }

    @GET
    @Path("{id}")
    public ProductDto get(@PathParam("id") String id) {
        return ProductDto.of(products.find(pathId(id, "record.product")));
    }

    @POST
    public Response create(ProductInput input) {
        ProductDto created = ProductDto.of(products.create(draft(input, new QueryParams())));
        return Response.created(URI.create("products/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    public ProductDto update(@PathParam("id") String id, ProductInput input) {
        QueryParams params = new QueryParams();
        params.require("version", input == null ? null : input.version());
        ProductDraft draft = draft(input, params);
        return ProductDto.of(products.update(pathId(id, "record.product"), input.version(), draft));
    }

    /** Deactivates (new orders can no longer choose it) or reactivates a product. */
    @POST
    @Path("{id}/active")
    public ProductDto setActive(@PathParam("id") String id, ActiveInput input) {
        QueryParams params = new QueryParams();
        params.require("active", input == null ? null : input.active());
        params.require("version", input == null ? null : input.version());
        params.check();
        UUID productId = pathId(id, "record.product");
        return ProductDto.of(input.active() ? products.reactivate(productId, input.version()) : products.deactivate(productId, input.version()));
    }

    @POST
    @Path("{id}/options")
    public ProductDto addOption(@PathParam("id") String id, OptionInput input) {
        return ProductDto.of(products.addOption(pathId(id, "record.product"), input == null ? null : input.name()));
    }

    /** Renames an option and/or (de)activates it. */
    @PUT
    @Path("{id}/options/{optionId}")
    public ProductDto changeOption(@PathParam("id") String id, @PathParam("optionId") String optionId, OptionInput input) {
        return ProductDto.of(products.changeOption(pathId(id, "record.product"), pathId(optionId, "record.productOption"),
                input == null ? null : input.name(), input == null ? null : input.active()));
    }

    /** Puts the options in the order given: a JSON array naming each option id once. */
    @PUT
    @Path("{id}/options")
    public ProductDto reorderOptions(@PathParam("id") String id, List<String> optionIds) {
        QueryParams params = new QueryParams();
        List<UUID> ids = optionIds == null ? List.of() : optionIds.stream().map(o -> params.uuid("options", o)).toList();
        params.check();
        return ProductDto.of(products.reorderOptions(pathId(id, "record.product"), ids));
    }

    private static ProductDraft draft(ProductInput input, QueryParams params) {
        if (input == null) {
            params.require("name", null);
            params.check();
        }
        ProductDraft draft = new ProductDraft(input.name(), input.skuPrefix(),
                params.code("complexity", input.complexity(), ProductComplexity::ofCode),
                input.baseHours(), input.basePrice(), input.customFields(), stageEstimates(input.stageEstimates(), params));
        params.check();
        return draft;
    }

    private static List<ProductStageEstimateDraft> stageEstimates(List<ProductInput.StageEstimateInput> given, QueryParams params) {
        if (given == null) {
            return null;
        }
        List<ProductStageEstimateDraft> drafts = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            ProductInput.StageEstimateInput e = given.get(i);
            // null entries go on to the service, which names them
            drafts.add(e == null ? null : new ProductStageEstimateDraft(params.uuid("stageEstimates[" + i + "].stageId", e.stageId()),
                    e.hours(), e.position(), e.required()));
        }
        return drafts;
    }
}
