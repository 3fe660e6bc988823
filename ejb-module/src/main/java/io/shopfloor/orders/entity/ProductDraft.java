package io.shopfloor.orders.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a user enters to create or change a product (its options are managed one by one). Its
 * stage estimates replace the product's; null leaves them as they are (none for a new product).
 */
public record ProductDraft(
        @NotBlank(message = "{input.required}") @Size(max = 200, message = "{input.tooLong}") String name,
        @NotBlank(message = "{input.required}")
        @Pattern(regexp = "^\\s*[A-Za-z0-9][A-Za-z0-9-]{0,19}\\s*$", message = "{input.skuPrefix}")
        String skuPrefix,
        ProductComplexity complexity,
        @NotNull(message = "{input.required}") @DecimalMin(value = "0", inclusive = false, message = "{input.moreThanZero}")
        @DecimalMax(value = "9999.99", message = "{input.atMost}") @Digits(integer = 4, fraction = 2, message = "{input.fractionDigits}")
        BigDecimal baseHours,
        @NotNull(message = "{input.required}") @DecimalMin(value = "0", message = "{input.notNegative}")
        @Digits(integer = 10, fraction = 2, message = "{input.decimals}")
        BigDecimal basePrice,
        Map<String, Object> customFields,
        List<ProductStageEstimateDraft> stageEstimates) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A product without stage estimates (or, when changing one, leaving them as they are). */
    public ProductDraft(String name, String skuPrefix, ProductComplexity complexity, BigDecimal baseHours, BigDecimal basePrice,
                        Map<String, Object> customFields) {
        this(name, skuPrefix, complexity, baseHours, basePrice, customFields, null);
    }

    public Map<String, Object> customFieldsOrEmpty() {
        return customFields == null ? Map.of() : customFields;
    }

    /** SKU prefixes are stored upper case: "vc" and "VC" are the same prefix. */
    public String normalizedSkuPrefix() {
        return skuPrefix == null ? null : skuPrefix.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** The same draft with the custom field values in their checked, stored form. */
    public ProductDraft withCustomFields(Map<String, Object> checked) {
        return new ProductDraft(name, skuPrefix, complexity, baseHours, basePrice, checked, stageEstimates);
    }
}
