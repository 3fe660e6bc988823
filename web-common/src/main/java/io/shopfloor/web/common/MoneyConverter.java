package io.shopfloor.web.common;

import java.math.BigDecimal;
import java.util.Currency;

import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.FacesConverter;

/**
 * An amount of the organization's currency in an input, in the view's language, with the
 * currency's decimals (2499.00 EUR, 1500000 VND); read as strictly as {@link LocaleNumberConverter}.
 * Lists show amounts with {@code f:convertNumber type="currency"} and {@code me.currency}.
 */
@FacesConverter("shopfloor.money")
public class MoneyConverter extends LocaleNumberConverter {

    @Override
    protected int decimals(FacesContext context, BigDecimal value) {
        return Math.max(currencyDecimals(context), super.decimals(context, value));
    }

    @Override
    protected String example(FacesContext context) {
        var format = format(Texts.locale());
        format.setMinimumFractionDigits(currencyDecimals(context));
        return format.format(new BigDecimal("2499"));
    }

    private static int currencyDecimals(FacesContext context) {
        // Resolved by name, not injected: Faces creates converters itself, and this class sits in both WARs.
        Me me = context.getApplication().evaluateExpressionGet(context, "#{me}", Me.class);
        return Math.max(0, Currency.getInstance(me.getCurrency()).getDefaultFractionDigits());
    }
}
