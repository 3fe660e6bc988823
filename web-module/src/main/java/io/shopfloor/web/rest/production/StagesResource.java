package io.shopfloor.web.rest.production;

import static io.shopfloor.web.rest.QueryParams.pathId;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.shopfloor.platform.errors.NotFoundException;
import io.shopfloor.production.boundary.Batches;
import io.shopfloor.production.boundary.ProductionStages;
import io.shopfloor.production.entity.StageView;
import io.shopfloor.production.entity.WorkerChoice;

/** The organization's production stages in order, and who can be assigned to each. Configured in the console. */
@Path("stages")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class StagesResource {

    @EJB
    ProductionStages stages;

    @EJB
    Batches batches;

    /** A stage: name, position, estimate, whether batches still pass it, the responsible roles. */
    public record StageDto(UUID id, String name, int position, BigDecimal estimatedHours, boolean active, List<String> responsibleRoles) {

        static StageDto of(StageView s) {
            return new StageDto(s.id(), s.name(), s.position(), s.estimatedHours(), s.active(),
                    s.responsibleRoles().stream().map(StageView.RoleChoice::name).toList());
        }
    }

    @GET
    public List<StageDto> list() {
        return stages.list().stream().map(StageDto::of).toList();
    }

    /**
     * Active users holding one of the stage's responsible roles, whom PUT /batches/{id}/stages/{stageId}/worker
     * considers, with their skill level for the stage (null for none), whether it is valid today, and today's hours.
     */
    public record WorkerChoiceDto(UUID id, String name, String level, boolean skilled, BigDecimal assignedToday, BigDecimal availableToday) {

        static WorkerChoiceDto of(WorkerChoice w) {
            return new WorkerChoiceDto(w.id(), w.name(), w.level() == null ? null : w.level().code(), w.skilled(), w.assignedToday(),
                    w.availableToday());
        }
    }

    @GET
    @Path("{id}/workers")
    public List<WorkerChoiceDto> workers(@PathParam("id") String id) {
        UUID stageId = pathId(id, "record.productionStage");
        if (stages.list().stream().noneMatch(s -> s.id().equals(stageId))) {
            throw new NotFoundException("record.productionStage", id);
        }
        return batches.workers(stageId).stream().map(WorkerChoiceDto::of).toList();
    }
}
