package io.shopfloor.web.rest.people;

import static io.shopfloor.web.rest.QueryParams.pathId;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.shopfloor.people.boundary.WorkerSkills;
import io.shopfloor.people.entity.SkillDraft;
import io.shopfloor.people.entity.SkillLevel;
import io.shopfloor.people.entity.SkillView;
import io.shopfloor.web.rest.QueryParams;

/** A worker's skills per stage: read by colleagues, set and removed by people:write. */
@Path("workers/{id}/skills")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkersResource {

    /** A skill as the API shows it; {@code valid}: work may be given today; {@code expiringSoon}: within 30 days. */
    public record SkillDto(UUID id, UUID userId, UUID stageId, String stageName, String level, LocalDate expiresOn, String notes,
                           boolean valid, boolean expiringSoon, long version) {

        static SkillDto of(SkillView k) {
            return new SkillDto(k.id(), k.userId(), k.stageId(), k.stageName(), k.level().code(), k.expiresOn(), k.notes(), k.valid(),
                    k.expiringSoon(), k.version());
        }
    }

    /** Body of PUT /workers/{id}/skills/{stageId}: level (trainee, qualified, expert), expiry (ISO date, optional), notes. */
    public record SkillInput(String level, String expiresOn, String notes) {
    }

    @EJB
    WorkerSkills skills;

    @GET
    public List<SkillDto> list(@PathParam("id") String id) {
        return skills.of(pathId(id, "record.user")).stream().map(SkillDto::of).toList();
    }

    @PUT
    @Path("{stageId}")
    public SkillDto set(@PathParam("id") String id, @PathParam("stageId") String stageId, SkillInput input) {
        QueryParams params = new QueryParams();
        params.require("level", input == null ? null : input.level());
        SkillLevel level = params.code("level", input == null ? null : input.level(), SkillLevel::ofCode);
        LocalDate expiresOn = params.date("expiresOn", input == null ? null : input.expiresOn());
        params.check();
        return SkillDto.of(skills.set(pathId(id, "record.user"), pathId(stageId, "record.productionStage"),
                new SkillDraft(level, expiresOn, input.notes())));
    }

    @DELETE
    @Path("{stageId}")
    public Response remove(@PathParam("id") String id, @PathParam("stageId") String stageId) {
        skills.remove(pathId(id, "record.user"), pathId(stageId, "record.productionStage"));
        return Response.noContent().build();
    }
}
