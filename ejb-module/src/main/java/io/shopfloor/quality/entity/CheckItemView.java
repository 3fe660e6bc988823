package io.shopfloor.quality.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import io.shopfloor.platform.files.entity.FileView;

/** An item of a check with the check's result for it (when recorded) and the result's photos. */
public record CheckItemView(ItemView item, UUID resultId, Boolean passed, BigDecimal reading, String notes,
        List<FileView> photos) implements Serializable {

    private static final long serialVersionUID = 1L;

    public CheckItemView {
        photos = List.copyOf(photos);
    }

    public boolean recorded() {
        return resultId != null;
    }

    public boolean failed() {
        return Boolean.FALSE.equals(passed);
    }
}
