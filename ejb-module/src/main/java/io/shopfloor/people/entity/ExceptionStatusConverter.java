package io.shopfloor.people.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class ExceptionStatusConverter implements AttributeConverter<ExceptionStatus, String> {

    @Override
    public String convertToDatabaseColumn(ExceptionStatus value) {
        return value == null ? null : value.code();
    }

    @Override
    public ExceptionStatus convertToEntityAttribute(String code) {
        return code == null ? null : ExceptionStatus.ofCode(code);
    }
}
