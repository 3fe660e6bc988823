package io.shopfloor.orders.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class OrderPriorityConverter implements AttributeConverter<OrderPriority, String> {

    @Override
    public String convertToDatabaseColumn(OrderPriority priority) {
        return priority == null ? null : priority.code();
    }

    @Override
    public OrderPriority convertToEntityAttribute(String code) {
        return code == null ? null : OrderPriority.ofCode(code);
    }
}
