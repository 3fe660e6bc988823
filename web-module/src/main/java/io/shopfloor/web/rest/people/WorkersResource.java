package io.shopfloor.web.rest.people;

import static io.shopfloor.web.rest.QueryParams.pathId;

import java.net.URI;
import java.time.LocalDate;
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

import io.shopfloor.people.boundary.Availability;
import io.shopfloor.people.boundary.Team;
import io.shopfloor.people.boundary.TimeEntries;
import io.shopfloor.people.boundary.WorkerSkills;
import io.shopfloor.people.entity.ProfileDraft;
import io.shopfloor.people.entity.SkillDraft;
import io.shopfloor.people.entity.SkillLevel;
import io.shopfloor.people.entity.TimeCategory;
import io.shopfloor.people.entity.TimeDraft;
import io.shopfloor.platform.query.PageRequest;
import io.shopfloor.web.rest.PageDto;
import io.shopfloor.web.rest.QueryParams;
import io.shopfloor.web.rest.people.PeopleDtos.CalendarDto;
import io.shopfloor.web.rest.people.PeopleDtos.ProfileDto;
import io.shopfloor.web.rest.people.PeopleDtos.SkillDto;
import io.shopfloor.web.rest.people.PeopleDtos.TeamMemberDto;
import io.shopfloor.web.rest.people.PeopleDtos.TimeEntryDto;
import io.shopfloor.web.rest.people.PeopleDtos.WeekDto;
import io.shopfloor.web.rest.people.PeopleInputs.ProfileInput;
import io.shopfloor.web.rest.people.PeopleInputs.SkillInput;
import io.shopfloor.web.rest.people.PeopleInputs.TimeInput;
import io.shopfloor.web.rest.people.PeopleInputs.WeekInput;

/**
 * Workers: the team (people:read), a worker's profile (one's own, or anyone's with people:read;
 * written by people:write), skills per stage, their week, their calendar and their time.
 */
@Path("workers")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkersResource {

    @EJB
    Team team;

    @EJB
    WorkerSkills skills;

    @EJB
    Availability availability;

    @EJB
    TimeEntries time;

    @GET
    public PageDto<TeamMemberDto> list(@QueryParam("search") String search, @QueryParam("offset") String offset,
                                       @QueryParam("limit") String limit) {
        QueryParams params = new QueryParams();
        PageRequest page = params.page(offset, limit);
        params.check();
        return PageDto.of(team.list(search, page), TeamMemberDto::of);
    }

    @GET
    @Path("{id}")
    public ProfileDto profile(@PathParam("id") String id) {
        return ProfileDto.of(team.profile(pathId(id, "record.user")));
    }

    @PUT
    @Path("{id}")
    public ProfileDto saveProfile(@PathParam("id") String id, ProfileInput input) {
        QueryParams params = new QueryParams();
        LocalDate hireDate = params.date("hireDate", input == null ? null : input.hireDate());
        params.require("version", input == null ? null : input.version());
        params.check();
        return ProfileDto.of(team.saveProfile(pathId(id, "record.user"), input.version(),
                new ProfileDraft(input.employeeNumber(), input.department(), hireDate, input.phone(), input.notes(), input.customFields())));
    }

    @GET
    @Path("{id}/skills")
    public List<SkillDto> skills(@PathParam("id") String id) {
        return skills.of(pathId(id, "record.user")).stream().map(SkillDto::of).toList();
    }

    @PUT
    @Path("{id}/skills/{stageId}")
    public SkillDto setSkill(@PathParam("id") String id, @PathParam("stageId") String stageId, SkillInput input) {
        QueryParams params = new QueryParams();
        params.require("level", input == null ? null : input.level());
        SkillLevel level = params.code("level", input == null ? null : input.level(), SkillLevel::ofCode);
        LocalDate expiresOn = params.date("expiresOn", input == null ? null : input.expiresOn());
        params.check();
        return SkillDto.of(skills.set(pathId(id, "record.user"), pathId(stageId, "record.productionStage"),
                new SkillDraft(level, expiresOn, input.notes())));
    }

    @DELETE
    @Path("{id}/skills/{stageId}")
    public Response removeSkill(@PathParam("id") String id, @PathParam("stageId") String stageId) {
        skills.remove(pathId(id, "record.user"), pathId(stageId, "record.productionStage"));
        return Response.noContent().build();
    }

    /** The worker's week: their own, or the organization's that applies to them ({@code own} false). */
    @GET
    @Path("{id}/week")
    public WeekDto week(@PathParam("id") String id) {
        return WeekDto.of(availability.week(pathId(id, "record.user")));
    }

    @PUT
    @Path("{id}/week")
    public WeekDto setWeek(@PathParam("id") String id, WeekInput input) {
        QueryParams params = new QueryParams();
        params.require("hours", input == null ? null : input.hours());
        params.check();
        return WeekDto.of(availability.setWeek(pathId(id, "record.user"), input.hours()));
    }

    /** Takes the worker's own week away: the organization's applies again. */
    @DELETE
    @Path("{id}/week")
    public WeekDto clearWeek(@PathParam("id") String id) {
        return WeekDto.of(availability.setWeek(pathId(id, "record.user"), null));
    }

    @GET
    @Path("{id}/availability")
    public CalendarDto calendar(@PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to) {
        QueryParams params = new QueryParams();
        LocalDate first = params.date("from", from);
        LocalDate last = params.date("to", to);
        params.check();
        return CalendarDto.of(availability.calendarOf(pathId(id, "record.user"), first, last));
    }

    @GET
    @Path("{id}/time")
    public List<TimeEntryDto> timeEntries(@PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to) {
        QueryParams params = new QueryParams();
        LocalDate first = params.date("from", from);
        LocalDate last = params.date("to", to);
        params.check();
        return time.of(pathId(id, "record.user"), first, last).stream().map(TimeEntryDto::of).toList();
    }

    @POST
    @Path("{id}/time")
    public Response enterTime(@PathParam("id") String id, TimeInput input) {
        QueryParams params = new QueryParams();
        params.require("category", input == null ? null : input.category());
        TimeCategory category = params.code("category", input == null ? null : input.category(), TimeCategory::ofCode);
        var from = params.dateTime("from", input == null ? null : input.from());
        var to = params.dateTime("to", input == null ? null : input.to());
        params.require("from", from);
        params.require("to", to);
        params.check();
        UUID userId = pathId(id, "record.user");
        TimeEntryDto entry = TimeEntryDto.of(time.enter(userId, new TimeDraft(category, from, to, input.note())));
        return Response.created(URI.create("workers/" + userId + "/time")).entity(entry).build();
    }
}
