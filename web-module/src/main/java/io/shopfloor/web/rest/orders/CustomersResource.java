package io.shopfloor.web.rest.orders;

import java.net.URI;
import java.util.Map;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.shopfloor.orders.boundary.Customers;
import io.shopfloor.platform.query.PageRequest;
import io.shopfloor.web.rest.PageDto;
import io.shopfloor.web.rest.QueryParams;

@Path("customers")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomersResource {

    @EJB
    Customers customers;

    /** Customers by name unless {@code sort} is email, createdAt or cf.&lt;key&gt;; each {@code cf.<key>=value} filters by a custom field. */
    @GET
    public PageDto<CustomerDto> list(@Context UriInfo uri,
                                     @QueryParam("q") String text,
                                     @QueryParam("offset") String offset,
                                     @QueryParam("limit") String limit,
                                     @QueryParam("sort") String sort,
                                     @QueryParam("order") @DefaultValue("asc") String order) {
        QueryParams params = new QueryParams();
        PageRequest page = params.page(offset, limit, sort, "desc".equalsIgnoreCase(order));
        Map<String, String> customFieldValues = params.customFieldFilters(uri);
        params.check();
        return PageDto.of(customers.list(text, customFieldValues, page), CustomerDto::of);
    }

    @GET
    @Path("{id}")
    public CustomerDto get(@PathParam("id") String id) {
        return CustomerDto.of(customers.find(QueryParams.pathId(id, "record.customer")));
    }

    @POST
    public Response create(CustomerInput input) {
        CustomerDto created = CustomerDto.of(customers.create(input == null ? null : input.draft()));
        return Response.created(URI.create("customers/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    public CustomerDto update(@PathParam("id") String id, CustomerInput input) {
        QueryParams params = new QueryParams();
        params.require("version", input == null ? null : input.version());
        params.check();
        return CustomerDto.of(customers.update(QueryParams.pathId(id, "record.customer"), input.version(), input.draft()));
    }
}
