package io.shopfloor.platform.types;

import java.sql.SQLException;
import java.util.UUID;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.postgresql.util.PGobject;

/**
 * For uuid columns that may be NULL. EclipseLink's built-in UUID conversion refuses a null value
 * on insert ("Source object is not an instance of java.util.UUID"), and a plain null is bound as
 * varchar, which PostgreSQL refuses for a uuid column. Values are therefore bound as typed uuid
 * objects, SQL NULL included (as jsonb columns are, see JsonbColumn).
 */
@Converter
public class NullableUuidConverter implements AttributeConverter<UUID, Object> {

    @Override
    public Object convertToDatabaseColumn(UUID value) {
        PGobject uuid = new PGobject();
        uuid.setType("uuid");
        try {
            uuid.setValue(value == null ? null : value.toString());
        } catch (SQLException e) {
            throw new IllegalStateException("uuid accepts any UUID text", e);
        }
        return uuid;
    }

    @Override
    public UUID convertToEntityAttribute(Object column) {
        if (column == null) {
            return null;
        }
        String text = column instanceof PGobject object ? object.getValue() : column.toString();
        return text == null ? null : UUID.fromString(text);
    }
}
