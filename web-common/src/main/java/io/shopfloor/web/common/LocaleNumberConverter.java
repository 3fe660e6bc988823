package io.shopfloor.web.common;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/**
 * A decimal number (hours, a custom field's number) written and read in the view's language:
 * 12.5 in English, 12,5 in Vietnamese. Reading is strict: no grouping, and the whole text must be
 * the number, so "12.5" on a Vietnamese page is refused (it would otherwise read as 125), never
 * misread. Values are BigDecimal throughout; nothing passes through a double.
 */
@FacesConverter("shopfloor.decimal")
public class LocaleNumberConverter implements Converter<Object> {

    @Override
    public String getAsString(FacesContext context, UIComponent component, Object shown) {
        if (shown == null || shown.toString().isBlank()) {
            return "";
        }
        BigDecimal value;
        try {
            value = shown instanceof BigDecimal decimal ? decimal : new BigDecimal(shown.toString());
        } catch (NumberFormatException notANumber) {
            return shown.toString(); // what someone typed and the page shows back, as typed
        }
        return write(value, decimals(context, value), Texts.locale());
    }

    @Override
    public Object getAsObject(FacesContext context, UIComponent component, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        BigDecimal number = read(text, Texts.locale());
        if (number == null) {
            Object label = component == null ? null : component.getAttributes().get("label");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, label == null
                    ? Texts.get("number.invalid", example(context)) : Texts.get("number.invalidFor", label, example(context)), null));
        }
        return number;
    }

    /** The number {@code text} says in {@code locale}'s way, or null when it says none (or says it the other way). */
    static BigDecimal read(String text, Locale locale) {
        String number = text.strip();
        ParsePosition position = new ParsePosition(0);
        Object parsed = format(locale).parse(number, position);
        return parsed == null || position.getIndex() != number.length() || position.getErrorIndex() >= 0 ? null : (BigDecimal) parsed;
    }

    static String write(BigDecimal value, int decimals, Locale locale) {
        DecimalFormat format = format(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    /** How many decimals a value shows: as many as it has, trailing zeros dropped. */
    protected int decimals(FacesContext context, BigDecimal value) {
        return Math.max(0, value.stripTrailingZeros().scale());
    }

    /** A number as this page would read it, for the refusal's example. */
    protected String example(FacesContext context) {
        return format(Texts.locale()).format(new BigDecimal("12.5"));
    }

    static DecimalFormat format(Locale locale) {
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        format.setParseBigDecimal(true);
        format.setGroupingUsed(false);
        format.setMaximumFractionDigits(10);
        return format;
    }
}
