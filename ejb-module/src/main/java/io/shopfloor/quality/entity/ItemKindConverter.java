package io.shopfloor.quality.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class ItemKindConverter implements AttributeConverter<ItemKind, String> {

    @Override
    public String convertToDatabaseColumn(ItemKind value) {
        return value == null ? null : value.code();
    }

    @Override
    public ItemKind convertToEntityAttribute(String code) {
        return code == null ? null : ItemKind.ofCode(code);
    }
}
