package io.shopfloor.people.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class ExceptionKindConverter implements AttributeConverter<ExceptionKind, String> {

    @Override
    public String convertToDatabaseColumn(ExceptionKind value) {
        return value == null ? null : value.code();
    }

    @Override
    public ExceptionKind convertToEntityAttribute(String code) {
        return code == null ? null : ExceptionKind.ofCode(code);
    }
}
