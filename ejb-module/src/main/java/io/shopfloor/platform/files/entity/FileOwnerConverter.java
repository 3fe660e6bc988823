package io.shopfloor.platform.files.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class FileOwnerConverter implements AttributeConverter<FileOwner, String> {

    @Override
    public String convertToDatabaseColumn(FileOwner value) {
        return value == null ? null : value.code();
    }

    @Override
    public FileOwner convertToEntityAttribute(String code) {
        return code == null ? null : FileOwner.ofCode(code);
    }
}
