package io.shopfloor.platform.tenancy.entity;

import java.io.Serializable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What an organization's administrator may change. The time zone is an IANA zone such as
 * Europe/Berlin (dates and times on screens are shown in it); the currency an ISO 4217 code.
 */
public record TenantSettings(
        @NotBlank(message = "{input.required}") @Size(max = 200, message = "{input.tooLong}") String name,
        @NotBlank(message = "{input.required}") String timezone,
        @NotBlank(message = "{input.required}") String currency) implements Serializable {

    private static final long serialVersionUID = 1L;
}
