package io.shopfloor.platform.tenancy.boundary;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.shopfloor.platform.messages.Message;
import io.shopfloor.platform.security.control.Caller;
import io.shopfloor.platform.errors.ConcurrentEditException;
import io.shopfloor.platform.errors.InputValidation;
import io.shopfloor.platform.errors.InvalidInputException;
import io.shopfloor.platform.security.control.RequiresPermission;
import io.shopfloor.platform.tenancy.entity.Tenant;
import io.shopfloor.platform.tenancy.entity.TenantSettings;
import io.shopfloor.platform.tenancy.entity.TenantSettingsView;

/** The caller's organization's settings. Organizations are created by the platform operator. */
@Stateless
public class Organizations {

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    @Inject
    Caller caller;


    @Inject
    InputValidation validation;

    @RequiresPermission("tenant:read")
    public TenantSettingsView settings() {
        return current().view();
    }

    /** Changes name, time zone and currency; {@code expectedVersion} guards against overwriting another admin's change. */
    @RequiresPermission("tenant:write")
    public TenantSettingsView updateSettings(long expectedVersion, TenantSettings settings) {
        validation.check(settings);
        Map<String, Message> errors = new LinkedHashMap<>();
        try {
            ZoneId.of(settings.timezone().strip());
        } catch (DateTimeException unknown) {
            errors.put("timezone", Message.of("organization.timeZone"));
        }
        try {
            Currency.getInstance(settings.currency().strip());
        } catch (IllegalArgumentException unknown) {
            errors.put("currency", Message.of("organization.currency"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Tenant tenant = current();
        if (tenant.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("organization.settings");
        }
        tenant.apply(settings);
        em.flush();
        return tenant.view();
    }

    private Tenant current() {
        return em.find(Tenant.class, caller.tenantId());
    }
}
