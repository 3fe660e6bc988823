package io.shopfloor.web.common;

import java.io.IOException;
import java.util.UUID;

import io.shopfloor.platform.errors.NotFoundException;
import io.shopfloor.platform.messages.Message;
import io.shopfloor.platform.security.control.PermissionDeniedException;
import jakarta.faces.context.FacesContext;

/**
 * A page that shows the record its address names: the id read from the address, and the server's error page when
 * the record cannot be shown. An unknown id, a malformed one and another organization's all answer the same 404, so
 * a page never tells whether an id exists elsewhere.
 */
public final class RecordPage {

    /** What a page does on load; may throw the service's not-found and permission exceptions. */
    @FunctionalInterface
    public interface Load {
        void run() throws IOException;
    }

    private RecordPage() {
    }

    /** Runs the load; not found or a malformed id answers 404 with the text of {@code notFoundKey}, a refused permission 403. */
    public static void load(String notFoundKey, Load load) throws IOException {
        try {
            load.run();
        } catch (NotFoundException | IllegalArgumentException e) {
            refuse(404, Texts.get(notFoundKey));
        } catch (PermissionDeniedException e) {
            refuse(403, e.messageIn(Texts.locale()));
        }
    }

    /** The id an address or a choice holds; {@code null} when blank. A malformed id throws IllegalArgumentException. */
    public static UUID idOrNull(String value) {
        return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
    }

    /** The id an address must hold; blank or malformed throws IllegalArgumentException (which {@link #load} answers 404). */
    public static UUID id(String value) {
        UUID id = idOrNull(value);
        if (id == null) {
            throw new IllegalArgumentException("no id");
        }
        return id;
    }

    /** The id of a list filter; a malformed one becomes an id no record has, so the list shows nothing rather than everything. */
    public static UUID filterId(String value) {
        try {
            return idOrNull(value);
        } catch (IllegalArgumentException notAnId) {
            return new UUID(0, 0);
        }
    }

    /**
     * Whether the signed-in user holds the permission a page is all about; if not, the response
     * ends with 403 (and the page loads nothing more).
     */
    public static boolean permits(Me me, String permission) throws IOException {
        if (me.can(permission)) {
            return true;
        }
        refuse(403, Message.of("security.needsPermission", permission).in(Texts.locale()));
        return false;
    }

    /** Ends the response with the server's error page. */
    public static void refuse(int status, String reason) throws IOException {
        FacesContext.getCurrentInstance().getExternalContext().responseSendError(status, reason);
        FacesContext.getCurrentInstance().responseComplete();
    }
}
