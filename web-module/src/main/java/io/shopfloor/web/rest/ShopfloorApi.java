package io.shopfloor.web.rest;

import java.util.Map;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The REST API's root. Resources are application scoped: they hold only EJB references, so one
 * instance serves every request instead of one built (and injected) per request.
 */
@ApplicationPath("api/v1")
public class ShopfloorApi extends Application {

    @Override
    public Map<String, Object> getProperties() {
        return Map.of(
                // Input is checked by the services, which name each field in their errors; resource
                // methods carry no constraints, so Jersey's own validation pass would find nothing.
                "jersey.config.beanValidation.disable.server", true,
                // No generated WADL description at /application.wadl: the README documents the API.
                "jersey.config.server.wadl.disableWadl", true);
    }
}
