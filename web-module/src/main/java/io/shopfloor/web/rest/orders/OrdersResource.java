package io.shopfloor.web.rest.orders;

import static io.shopfloor.web.rest.QueryParams.pathId;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.shopfloor.orders.boundary.Orders;
import io.shopfloor.orders.entity.OrderDraft;
import io.shopfloor.orders.entity.OrderFilter;
import io.shopfloor.orders.entity.OrderPriority;
import io.shopfloor.orders.entity.OrderStatus;
import io.shopfloor.platform.query.PageRequest;
import io.shopfloor.web.common.Problem;
import io.shopfloor.web.rest.PageDto;
import io.shopfloor.web.rest.QueryParams;

@Path("orders")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrdersResource {

    @EJB
    Orders orders;

    /**
     * Orders, newest first unless {@code sort} names a column (orderNumber, customerName, status,
     * priority, dueDate, createdAt, or {@code cf.<key>} for a custom field). Each {@code cf.<key>=value}
     * keeps orders whose custom field has that value (for a multi select: that option among others).
     */
    @GET
    public PageDto<OrderDto> list(@Context UriInfo uri,
                                  @QueryParam("status") String status,
                                  @QueryParam("priority") String priority,
                                  @QueryParam("customerId") String customerId,
                                  @QueryParam("dueFrom") String dueFrom,
                                  @QueryParam("dueTo") String dueTo,
                                  @QueryParam("q") String text,
                                  @QueryParam("offset") String offset,
                                  @QueryParam("limit") String limit,
                                  @QueryParam("sort") String sort,
                                  @QueryParam("order") @DefaultValue("asc") String order) {
        QueryParams params = new QueryParams();
        OrderFilter filter = new OrderFilter(params.code("status", status, OrderStatus::ofCode),
                params.code("priority", priority, OrderPriority::ofCode), params.uuid("customerId", customerId),
                params.date("dueFrom", dueFrom), params.date("dueTo", dueTo), text, params.customFieldFilters(uri));
        PageRequest page = params.page(offset, limit, sort, "desc".equalsIgnoreCase(order));
        params.check();
        return PageDto.of(orders.list(filter, page), OrderDto::of);
    }

    @GET
    @Path("{id}")
    public OrderDto get(@PathParam("id") String id) {
        return OrderDto.of(orders.find(pathId(id, "record.order")));
    }

    @GET
    @Path("{id}/history")
    public Response history(@PathParam("id") String id, @Context HttpServletRequest request) {
        Locale language = Problem.language(request);
        List<StatusChangeDto> steps = orders.history(pathId(id, "record.order")).stream()
                .map(step -> StatusChangeDto.of(step, language)).toList();
        return Response.ok(steps).language(language).build();
    }

    @POST
    public Response create(OrderInput input) {
        OrderDto created = OrderDto.of(orders.create(draft(input, new QueryParams())));
        return Response.created(URI.create("orders/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    public OrderDto update(@PathParam("id") String id, OrderInput input) {
        QueryParams params = new QueryParams();
        params.require("version", input == null ? null : input.version());
        OrderDraft draft = draft(input, params);
        return OrderDto.of(orders.update(pathId(id, "record.order"), input.version(), draft));
    }

    @POST
    @Path("{id}/status")
    public OrderDto changeStatus(@PathParam("id") String id, StatusChangeInput input) {
        QueryParams params = new QueryParams();
        OrderStatus target = input == null ? null : params.code("status", input.status(), OrderStatus::ofCode);
        params.require("status", target);
        params.require("version", input == null ? null : input.version());
        params.check();
        return OrderDto.of(orders.changeStatus(pathId(id, "record.order"), input.version(), target, input.reason()));
    }

    private static OrderDraft draft(OrderInput input, QueryParams params) {
        if (input == null) {
            params.require("customerId", null);
            params.check();
        }
        OrderDraft draft = new OrderDraft(params.uuid("customerId", input.customerId()),
                params.code("priority", input.priority(), OrderPriority::ofCode),
                params.date("dueDate", input.dueDate()), input.notes(), input.customFields(),
                params.uuid("productId", input.productId()), params.uuid("optionId", input.optionId()),
                input.customizations(), input.internalNotes());
        params.check();
        return draft;
    }
}
