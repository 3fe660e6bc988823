package io.shopfloor.people.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class IntervalEndConverter implements AttributeConverter<IntervalEnd, String> {

    @Override
    public String convertToDatabaseColumn(IntervalEnd value) {
        return value == null ? null : value.code();
    }

    @Override
    public IntervalEnd convertToEntityAttribute(String code) {
        return code == null ? null : IntervalEnd.ofCode(code);
    }
}
