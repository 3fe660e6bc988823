package io.shopfloor.web.rest;

import java.util.List;
import java.util.Locale;
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

import io.shopfloor.platform.errors.DatabaseErrors;
import io.shopfloor.platform.errors.DatabaseUnavailableException;
import io.shopfloor.platform.errors.InvalidInputException;
import io.shopfloor.platform.errors.NotFoundException;
import io.shopfloor.platform.errors.ServiceException;
import io.shopfloor.platform.security.control.PermissionDeniedException;
import io.shopfloor.web.common.Problem;
import io.shopfloor.web.common.RequestTracking;
import io.shopfloor.web.common.Texts;

/** Turns every failure of a REST call into problem+json with the matching status, in the request's language. */
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
        Locale language = Problem.language(request);
        if (error instanceof InvalidInputException invalid) {
            List<Problem.FieldError> fields = invalid.fieldErrors(language).entrySet().stream()
                    .map(e -> new Problem.FieldError(e.getKey(), e.getValue())).toList();
            return problem(422, "Unprocessable Content", Texts.in(language, "rest.invalidFields"), fields);
        }
        if (error instanceof DatabaseUnavailableException || DatabaseErrors.isUnavailable(thrown)) {
            LOG.warning(() -> "The database did not answer for " + (uri == null ? "a REST call" : uri.getRequestUri().getRawPath())
                    + " (request " + RequestTracking.idOf(request) + ")");
            Response response = problem(503, "Service Unavailable", DatabaseUnavailableException.MESSAGE.in(language), null);
            return Response.fromResponse(response).header("Retry-After", DatabaseUnavailableException.RETRY_AFTER_SECONDS).build();
        }
        if (error instanceof ServiceException refused) {
            Response.Status status = statusOf(refused);
            return problem(status.getStatusCode(), status.getReasonPhrase(), refused.message().in(language), null);
        }
        if (error instanceof JsonbException || error instanceof ProcessingException) {
            return problem(400, "Bad Request", Texts.in(language, "rest.notJson"), null);
        }
        if (error instanceof WebApplicationException web) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            return problem(status.getStatusCode(), status.getReasonPhrase(), web.getMessage(), null);
        }
        LOG.log(Level.SEVERE, "Unexpected failure of " + (uri == null ? "a REST call" : uri.getRequestUri())
                + " (request " + RequestTracking.idOf(request) + ")", error);
        return problem(500, "Internal Server Error", Texts.in(language, "rest.unexpected"), null);
    }

    /** The status of what a service refused: 404 no such record, 403 not allowed, 409 the record's state forbids it. */
    private static Response.Status statusOf(ServiceException refused) {
        if (refused instanceof NotFoundException) {
            return Response.Status.NOT_FOUND;
        }
        if (refused instanceof PermissionDeniedException) {
            return Response.Status.FORBIDDEN;
        }
        return Response.Status.CONFLICT;
    }

    private Response problem(int status, String title, String detail, List<Problem.FieldError> errors) {
        return Response.status(status).type(Problem.MEDIA_TYPE).header("Content-Language", Problem.language(request).toLanguageTag())
                .entity(Problem.of(request, status, title, detail, errors)).build();
    }
}
