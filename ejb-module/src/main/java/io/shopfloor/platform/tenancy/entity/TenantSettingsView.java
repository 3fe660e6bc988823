package io.shopfloor.platform.tenancy.entity;

import java.io.Serializable;
import java.util.UUID;

/** An organization's settings as its administrators see them. */
public record TenantSettingsView(UUID id, String slug, String name, String timezone, String currency, String status,
                                 long version) implements Serializable {

    private static final long serialVersionUID = 1L;
}
