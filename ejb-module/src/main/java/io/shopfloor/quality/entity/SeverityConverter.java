package io.shopfloor.quality.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class SeverityConverter implements AttributeConverter<Severity, String> {

    @Override
    public String convertToDatabaseColumn(Severity value) {
        return value == null ? null : value.code();
    }

    @Override
    public Severity convertToEntityAttribute(String code) {
        return code == null ? null : Severity.ofCode(code);
    }
}
