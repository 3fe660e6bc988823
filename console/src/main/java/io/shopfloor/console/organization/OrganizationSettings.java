package io.shopfloor.console.organization;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.shopfloor.platform.tenancy.boundary.Organizations;
import io.shopfloor.platform.tenancy.entity.TenantSettings;
import io.shopfloor.platform.tenancy.entity.TenantSettingsView;
import io.shopfloor.web.common.Me;
import io.shopfloor.web.common.ServiceErrors;
import io.shopfloor.web.common.Texts;

/** An administrator changes the organization's name, time zone and currency. */
@Named
@ViewScoped
public class OrganizationSettings implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> INPUTS = Map.of(
            "name", "settings:name", "timezone", "settings:timezone", "currency", "settings:currency");
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().toList();
    private static final List<Currency> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .sorted(Comparator.comparing(Currency::getCurrencyCode)).toList();

    @EJB
    Organizations organizations;

    @Inject
    Me me;

    private TenantSettingsView current;
    private String name;
    private String timezone;
    private String currency;

    @PostConstruct
    void load() {
        if (me.can("tenant:read")) {
            show(organizations.settings());
        }
    }

    public void save() {
        try {
            show(organizations.updateSettings(current.version(), new TenantSettings(name, timezone, currency)));
            Texts.info("organization.saved", current.name());
        } catch (RuntimeException e) {
            ServiceErrors.show(e, INPUTS);
        }
    }

    private void show(TenantSettingsView settings) {
        current = settings;
        name = settings.name();
        timezone = settings.timezone();
        currency = settings.currency();
    }

    public List<String> getZones() {
        return ZONES;
    }

    public List<Currency> getCurrencies() {
        return CURRENCIES;
    }

    public TenantSettingsView getCurrent() {
        return current;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTimezone() {
        return timezone;
    }

    public void setTimezone(String timezone) {
        this.timezone = timezone;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }
}
