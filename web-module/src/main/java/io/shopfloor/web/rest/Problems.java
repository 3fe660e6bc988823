package io.shopfloor.web.rest;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import io.shopfloor.platform.errors.BusinessRuleException;
import io.shopfloor.platform.errors.ConcurrentEditException;
import io.shopfloor.platform.errors.DatabaseErrors;
import io.shopfloor.platform.errors.DatabaseUnavailableException;
import io.shopfloor.platform.errors.InvalidInputException;
import io.shopfloor.platform.errors.NotFoundException;
import io.shopfloor.platform.security.control.PermissionDeniedException;
import io.shopfloor.web.common.Problem;
import io.shopfloor.web.common.RequestTracking;

/** Turns every failure of a REST call into problem+json with the matching status. */
@Provider
public class Problems implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(Problems.class.getName());

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable error = thrown instanceof EJBException && thrown.getCause() != null ? thrown.getCause() : thrown;
        if (error instanceof InvalidInputException invalid) {
            List<Problem.FieldError> fields = invalid.fieldErrors().entrySet().stream()
                    .map(e -> new Problem.FieldError(e.getKey(), e.getValue())).toList();
            return problem(422, "Unprocessable Content", "The request has invalid fields.", fields);
        }
        if (error instanceof NotFoundException) {
            return problem(404, "Not Found", error.getMessage(), null);
        }
        if (error instanceof PermissionDeniedException) {
            return problem(403, "Forbidden", error.getMessage(), null);
        }
        if (error instanceof ConcurrentEditException) {
            return problem(409, "Conflict", error.getMessage(), null);
        }
        if (error instanceof BusinessRuleException) {
            return problem(409, "Conflict", error.getMessage(), null);
        }
        if (error instanceof DatabaseUnavailableException || DatabaseErrors.isUnavailable(thrown)) {
            LOG.warning(() -> "The database did not answer for " + (uri == null ? "a REST call" : uri.getRequestUri().getRawPath())
                    + " (request " + RequestTracking.idOf(request) + ")");
            Response response = problem(503, "Service Unavailable", new DatabaseUnavailableException().getMessage(), null);
            return Response.fromResponse(response).header("Retry-After", DatabaseUnavailableException.RETRY_AFTER_SECONDS).build();
        }
        if (error instanceof JsonbException || error instanceof ProcessingException) {
            return problem(400, "Bad Request", "The request body is not the JSON this endpoint expects.", null);
        }
        if (error instanceof WebApplicationException web) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            return problem(status.getStatusCode(), status.getReasonPhrase(), web.getMessage(), null);
        }
        LOG.log(Level.SEVERE, "Unexpected failure of " + (uri == null ? "a REST call" : uri.getRequestUri())
                + " (request " + RequestTracking.idOf(request) + ")", error);
        return problem(500, "Internal Server Error", "Something went wrong and nothing was saved.", null);
    }

    private Response problem(int status, String title, String detail, List<Problem.FieldError> errors) {
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(Problem.of(request, status, title, detail, errors)).build();
    }
}
