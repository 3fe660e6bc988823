package io.shopfloor.web.common;

import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import io.shopfloor.platform.errors.BusinessRuleException;
import io.shopfloor.platform.errors.ConcurrentEditException;
import io.shopfloor.platform.errors.DatabaseErrors;
import io.shopfloor.platform.errors.DatabaseUnavailableException;
import io.shopfloor.platform.errors.InvalidInputException;
import io.shopfloor.platform.errors.NotFoundException;
import io.shopfloor.platform.errors.ServiceException;
import io.shopfloor.platform.messages.Message;
import io.shopfloor.platform.security.control.PermissionDeniedException;

/** Shows what a service refused as messages in the page's language: field errors on their inputs, the rest on top. */
public final class ServiceErrors {

    private static final Logger LOG = Logger.getLogger(ServiceErrors.class.getName());
    private static final Message UNEXPECTED = Message.of("errors.unexpected");

    private ServiceErrors() {
    }

    /**
     * @param fieldInputs API field name to the client id of the input showing it; fields without
     *                    an input are shown on top
     */
    public static void show(RuntimeException error, Map<String, String> fieldInputs) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.validationFailed();
        Locale language = Texts.locale();
        if (error instanceof InvalidInputException invalid) {
            invalid.fieldErrors(language).forEach((field, message) -> {
                String input = fieldInputs.get(field);
                // custom field messages name the field by its label or key already
                boolean labelled = input != null || field.startsWith("customFields.") || field.startsWith("cf.");
                faces.addMessage(input, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        labelled ? capitalize(message) : field + " " + message, null));
            });
        } else if (error instanceof PermissionDeniedException || error instanceof BusinessRuleException
                || error instanceof ConcurrentEditException || error instanceof NotFoundException) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, ((ServiceException) error).messageIn(language), null));
        } else if (error instanceof DatabaseUnavailableException || DatabaseErrors.isUnavailable(error)) {
            LOG.warning("The database did not answer a service call (request "
                    + RequestTracking.idOf((jakarta.servlet.ServletRequest) faces.getExternalContext().getRequest()) + ")");
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, DatabaseUnavailableException.MESSAGE.in(language), null));
        } else {
            LOG.log(Level.SEVERE, "Unexpected failure of a service call (request "
                    + RequestTracking.idOf((jakarta.servlet.ServletRequest) faces.getExternalContext().getRequest()) + ")", error instanceof EJBException e && e.getCause() != null ? e.getCause() : error);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, UNEXPECTED.in(language), null));
        }
    }

    private static String capitalize(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
