package io.shopfloor.web.rest.quality;

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
import jakarta.ws.rs.core.Response;

import io.shopfloor.quality.boundary.GateOverrides;
import io.shopfloor.web.rest.QueryParams;
import io.shopfloor.web.rest.quality.QualityDtos.OverrideDto;
import io.shopfloor.web.rest.quality.QualityInputs.OverrideInput;

/** A batch's gate overrides: list, and grant one at its current stage (quality:override, with a reason). */
@Path("batches/{id}/gate-overrides")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GateOverridesResource {

    @EJB
    GateOverrides overrides;

    @GET
    public List<OverrideDto> list(@PathParam("id") String id) {
        return overrides.list(pathId(id, "record.batch")).stream().map(OverrideDto::of).toList();
    }

    @POST
    public Response grant(@PathParam("id") String id, OverrideInput input) {
        QueryParams params = new QueryParams();
        params.require("version", input == null ? null : input.version());
        params.check();
        return Response.status(Response.Status.CREATED)
                .entity(OverrideDto.of(overrides.grant(pathId(id, "record.batch"), input.version(), input.reason()))).build();
    }
}
