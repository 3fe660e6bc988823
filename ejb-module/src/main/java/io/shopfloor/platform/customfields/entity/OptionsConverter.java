package io.shopfloor.platform.customfields.entity;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Maps the jsonb array of a select field's options to a list. */
@Converter
public class OptionsConverter implements AttributeConverter<List<String>, Object> {

    @Override
    public Object convertToDatabaseColumn(List<String> options) {
        return JsonbColumn.of(options == null || options.isEmpty() ? null : options);
    }

    @Override
    public List<String> convertToEntityAttribute(Object column) {
        String json = JsonbColumn.text(column);
        if (json == null) {
            return new ArrayList<>();
        }
        List<?> options = JsonbColumn.JSON.fromJson(json, List.class);
        return new ArrayList<>(options.stream().map(String::valueOf).toList());
    }
}
