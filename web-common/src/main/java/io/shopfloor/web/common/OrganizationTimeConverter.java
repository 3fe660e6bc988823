package io.shopfloor.web.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * Shows a moment in the organization's time zone, or a day, in the view's language
 * ({@code format.dateTime} and {@code format.date} of the bundle): the one way the screens write
 * times. For output only.
 */
@FacesConverter("shopfloor.time")
public class OrganizationTimeConverter implements Converter<Object> {

    @Override
    public String getAsString(FacesContext context, UIComponent component, Object value) {
        if (value == null) {
            return "";
        }
        // Resolved by name, not injected: Faces creates converters itself, and this class sits in both WARs.
        Me me = context.getApplication().evaluateExpressionGet(context, "#{me}", Me.class);
        if (value instanceof LocalDate day) {
            return formatter("format.date").format(day);
        }
        TemporalAccessor moment;
        if (value instanceof OffsetDateTime offset) {
            moment = offset.atZoneSameInstant(me.getZone());
        } else if (value instanceof ZonedDateTime zoned) {
            moment = zoned.withZoneSameInstant(me.getZone());
        } else if (value instanceof Instant instant) {
            moment = instant.atZone(me.getZone());
        } else {
            throw new IllegalArgumentException("Not a time: " + value.getClass().getName());
        }
        return formatter("format.dateTime").format(moment);
    }

    @Override
    public Object getAsObject(FacesContext context, UIComponent component, String text) {
        throw new UnsupportedOperationException("shopfloor.time only shows times");
    }

    private static DateTimeFormatter formatter(String key) {
        return DateTimeFormatter.ofPattern(Texts.get(key), Texts.locale());
    }
}
