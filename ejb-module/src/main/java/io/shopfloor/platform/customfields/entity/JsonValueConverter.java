package io.shopfloor.platform.customfields.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Maps a jsonb column holding any JSON value (a field's default) to strings, numbers, booleans or lists. */
@Converter
public class JsonValueConverter implements AttributeConverter<Object, Object> {

    @Override
    public Object convertToDatabaseColumn(Object value) {
        return JsonbColumn.of(value);
    }

    @Override
    public Object convertToEntityAttribute(Object column) {
        String json = JsonbColumn.text(column);
        return json == null ? null : JsonbColumn.JSON.fromJson(json, Object.class);
    }
}
