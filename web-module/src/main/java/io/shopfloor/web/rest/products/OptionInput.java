package io.shopfloor.web.rest.products;

/** Body of POST /products/{id}/options (a name) and PUT .../options/{optionId} (name and/or active). */
public record OptionInput(String name, Boolean active) {
}
