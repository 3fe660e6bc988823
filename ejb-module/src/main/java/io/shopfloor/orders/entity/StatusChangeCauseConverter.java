package io.shopfloor.orders.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import io.shopfloor.platform.types.Coded;

/**
 * Stores the cause by its code. Each coded enumeration has its own converter of this shape: the
 * persistence provider (EclipseLink 4.0) does not find an auto-applied converter's type through a
 * generic base class, and stores the enumeration by ordinal instead.
 */
@Converter(autoApply = true)
public class StatusChangeCauseConverter implements AttributeConverter<StatusChangeCause, String> {

    @Override
    public String convertToDatabaseColumn(StatusChangeCause cause) {
        return cause == null ? null : cause.code();
    }

    @Override
    public StatusChangeCause convertToEntityAttribute(String code) {
        return code == null ? null : Coded.ofCode(StatusChangeCause.class, code);
    }
}
