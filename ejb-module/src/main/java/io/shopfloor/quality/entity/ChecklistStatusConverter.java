package io.shopfloor.quality.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class ChecklistStatusConverter implements AttributeConverter<ChecklistStatus, String> {

    @Override
    public String convertToDatabaseColumn(ChecklistStatus value) {
        return value == null ? null : value.code();
    }

    @Override
    public ChecklistStatus convertToEntityAttribute(String code) {
        return code == null ? null : ChecklistStatus.ofCode(code);
    }
}
