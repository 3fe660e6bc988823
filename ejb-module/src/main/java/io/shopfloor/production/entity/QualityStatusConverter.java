package io.shopfloor.production.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class QualityStatusConverter implements AttributeConverter<QualityStatus, String> {

    @Override
    public String convertToDatabaseColumn(QualityStatus value) {
        return value == null ? null : value.code();
    }

    @Override
    public QualityStatus convertToEntityAttribute(String code) {
        return code == null ? null : QualityStatus.ofCode(code);
    }
}
