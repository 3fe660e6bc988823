package io.shopfloor.quality.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class ChecklistScopeConverter implements AttributeConverter<ChecklistScope, String> {

    @Override
    public String convertToDatabaseColumn(ChecklistScope value) {
        return value == null ? null : value.code();
    }

    @Override
    public ChecklistScope convertToEntityAttribute(String code) {
        return code == null ? null : ChecklistScope.ofCode(code);
    }
}
