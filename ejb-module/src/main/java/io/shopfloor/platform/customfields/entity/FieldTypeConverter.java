package io.shopfloor.platform.customfields.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class FieldTypeConverter implements AttributeConverter<FieldType, String> {

    @Override
    public String convertToDatabaseColumn(FieldType type) {
        return type == null ? null : type.code();
    }

    @Override
    public FieldType convertToEntityAttribute(String code) {
        return code == null ? null : FieldType.ofCode(code);
    }
}
