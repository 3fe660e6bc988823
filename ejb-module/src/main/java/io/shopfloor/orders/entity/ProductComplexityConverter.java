package io.shopfloor.orders.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class ProductComplexityConverter implements AttributeConverter<ProductComplexity, String> {

    @Override
    public String convertToDatabaseColumn(ProductComplexity complexity) {
        return complexity == null ? null : complexity.code();
    }

    @Override
    public ProductComplexity convertToEntityAttribute(String code) {
        return code == null ? null : ProductComplexity.ofCode(code);
    }
}
