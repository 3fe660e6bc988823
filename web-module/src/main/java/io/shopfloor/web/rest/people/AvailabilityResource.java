package io.shopfloor.web.rest.people;

import static io.shopfloor.web.rest.QueryParams.pathId;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

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
import io.shopfloor.people.entity.ExceptionDraft;
import io.shopfloor.people.entity.ExceptionKind;
import io.shopfloor.platform.query.PageRequest;
import io.shopfloor.web.rest.PageDto;
import io.shopfloor.web.rest.QueryParams;
import io.shopfloor.web.rest.people.PeopleDtos.CalendarDto;
import io.shopfloor.web.rest.people.PeopleDtos.ExceptionDto;
import io.shopfloor.web.rest.people.PeopleDtos.HolidayDto;
import io.shopfloor.web.rest.people.PeopleDtos.WeekDto;
import io.shopfloor.web.rest.people.PeopleInputs.DecisionInput;
import io.shopfloor.web.rest.people.PeopleInputs.ExceptionInput;
import io.shopfloor.web.rest.people.PeopleInputs.HolidayInput;
import io.shopfloor.web.rest.people.PeopleInputs.WeekInput;

/**
 * The calendar: the team's days (people:read), the organization's week and holidays, requests
 * for days off (a worker's own, people:work) and exceptions a manager enters or decides (people:write).
 */
@Path("availability")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AvailabilityResource {

    @EJB
    Availability availability;

    /** The team's days from {@code from} to {@code to} (at most 62), a page of workers by name. */
    @GET
    public PageDto<CalendarDto> calendar(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("search") String search,
                                         @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        QueryParams params = new QueryParams();
        LocalDate first = params.date("from", from);
        LocalDate last = params.date("to", to);
        PageRequest page = params.page(offset, limit);
        params.check();
        return PageDto.of(availability.calendar(first, last, search, page), CalendarDto::of);
    }

    @GET
    @Path("week")
    public WeekDto week() {
        return WeekDto.of(availability.week(null));
    }

    @PUT
    @Path("week")
    public WeekDto setWeek(WeekInput input) {
        QueryParams params = new QueryParams();
        params.require("hours", input == null ? null : input.hours());
        params.check();
        return WeekDto.of(availability.setWeek(null, input.hours()));
    }

    @GET
    @Path("holidays")
    public List<HolidayDto> holidays(@QueryParam("from") String from, @QueryParam("to") String to) {
        QueryParams params = new QueryParams();
        LocalDate first = params.date("from", from);
        LocalDate last = params.date("to", to);
        params.check();
        return availability.holidays(first, last).stream().map(HolidayDto::of).toList();
    }

    @POST
    @Path("holidays")
    public Response addHoliday(HolidayInput input) {
        QueryParams params = new QueryParams();
        LocalDate day = params.date("day", input == null ? null : input.day());
        params.require("day", day);
        params.check();
        HolidayDto holiday = HolidayDto.of(availability.addHoliday(day, input.name()));
        return Response.created(URI.create("availability/holidays/" + holiday.id())).entity(holiday).build();
    }

    @DELETE
    @Path("holidays/{id}")
    public Response removeHoliday(@PathParam("id") String id) {
        availability.removeHoliday(pathId(id, "record.holiday"));
        return Response.noContent().build();
    }

    /** Requests waiting for a manager's decision. */
    @GET
    @Path("requests")
    public List<ExceptionDto> requests() {
        return availability.requests().stream().map(ExceptionDto::of).toList();
    }

    /** The caller asks for a day off (or other hours) for themselves. */
    @POST
    @Path("requests")
    public Response request(ExceptionInput input) {
        ExceptionDto created = ExceptionDto.of(availability.request(draft(input, new QueryParams())));
        return Response.created(URI.create("availability/exceptions/" + created.id())).entity(created).build();
    }

    /** A manager enters a worker's exception ({@code userId}), approved at once. */
    @POST
    @Path("exceptions")
    public Response enter(ExceptionInput input) {
        QueryParams params = new QueryParams();
        var userId = params.uuid("userId", input == null ? null : input.userId());
        params.require("userId", userId);
        ExceptionDraft draft = draft(input, params);
        ExceptionDto created = ExceptionDto.of(availability.enter(userId, draft));
        return Response.created(URI.create("availability/exceptions/" + created.id())).entity(created).build();
    }

    @POST
    @Path("exceptions/{id}/decision")
    public ExceptionDto decide(@PathParam("id") String id, DecisionInput input) {
        QueryParams params = new QueryParams();
        params.require("approve", input == null ? null : input.approve());
        params.require("version", input == null ? null : input.version());
        params.check();
        return ExceptionDto.of(availability.decide(pathId(id, "record.availabilityException"), input.version(), input.approve()));
    }

    /** Withdraws a request (one's own, undecided) or, for a manager, removes any exception. */
    @DELETE
    @Path("exceptions/{id}")
    public Response withdraw(@PathParam("id") String id, @QueryParam("version") String version) {
        QueryParams params = new QueryParams();
        int expected = params.integer("version", version, -1, 0);
        params.require("version", expected < 0 ? null : expected);
        params.check();
        availability.withdraw(pathId(id, "record.availabilityException"), expected);
        return Response.noContent().build();
    }

    private static ExceptionDraft draft(ExceptionInput input, QueryParams params) {
        LocalDate day = params.date("day", input == null ? null : input.day());
        ExceptionKind kind = params.code("kind", input == null ? null : input.kind(), ExceptionKind::ofCode);
        params.require("day", day);
        params.require("kind", kind);
        params.require("hours", input == null ? null : input.hours());
        params.check();
        return new ExceptionDraft(day, kind, input.hours(), input.note());
    }
}
