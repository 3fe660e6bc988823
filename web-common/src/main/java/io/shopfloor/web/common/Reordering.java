package io.shopfloor.web.common;

import java.util.ArrayList;
import java.util.List;

/**
 * The keyboard's way to reorder a list that rows can be dragged in: "Move up" and "Move down"
 * buttons move one row by one place, and the screen saves the new order as after a drag.
 */
public final class Reordering {

    private Reordering() {
    }

    /** The list with the row at {@code index} moved {@code step} places (-1 up, +1 down); unchanged at either end. */
    public static <T> List<T> moved(List<T> rows, int index, int step) {
        int target = index + step;
        List<T> result = new ArrayList<>(rows);
        if (index < 0 || index >= rows.size() || target < 0 || target >= rows.size()) {
            return result;
        }
        result.add(target, result.remove(index));
        return result;
    }
}
