package io.shopfloor.people.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class SkillLevelConverter implements AttributeConverter<SkillLevel, String> {

    @Override
    public String convertToDatabaseColumn(SkillLevel value) {
        return value == null ? null : value.code();
    }

    @Override
    public SkillLevel convertToEntityAttribute(String code) {
        return code == null ? null : SkillLevel.ofCode(code);
    }
}
