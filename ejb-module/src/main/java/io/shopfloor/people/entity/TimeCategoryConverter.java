package io.shopfloor.people.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class TimeCategoryConverter implements AttributeConverter<TimeCategory, String> {

    @Override
    public String convertToDatabaseColumn(TimeCategory value) {
        return value == null ? null : value.code();
    }

    @Override
    public TimeCategory convertToEntityAttribute(String code) {
        return code == null ? null : TimeCategory.ofCode(code);
    }
}
