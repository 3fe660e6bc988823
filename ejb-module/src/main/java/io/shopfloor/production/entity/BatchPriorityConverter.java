package io.shopfloor.production.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class BatchPriorityConverter implements AttributeConverter<BatchPriority, String> {

    @Override
    public String convertToDatabaseColumn(BatchPriority value) {
        return value == null ? null : value.code();
    }

    @Override
    public BatchPriority convertToEntityAttribute(String code) {
        return code == null ? null : BatchPriority.ofCode(code);
    }
}
