package io.shopfloor.platform.roles.entity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.shopfloor.platform.roles.control.PermissionCatalogue;

/**
 * A role's permissions as the console's checkboxes: one row per module of the catalogue, one
 * checkbox per action, an "all actions" checkbox per module ({@code module:*}) and one for
 * everything ({@code *}). Converts to and from the stored grants; the grants it produces are the
 * smallest set that says the same (a wildcard makes the single actions it covers redundant).
 */
public final class PermissionMatrix implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One module's checkboxes. {@code actions} maps each action of the module to its checkbox. */
    public static final class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String module;
        /** The module's label, a key of the service bundle. */
        private final String labelKey;
        private final Map<String, Boolean> actions = new LinkedHashMap<>();
        private boolean allActions;

        Row(String module, String labelKey, List<String> actions) {
            this.module = module;
            this.labelKey = labelKey;
            actions.forEach(a -> this.actions.put(a, false));
        }

        public String getModule() {
            return module;
        }

        public String getLabelKey() {
            return labelKey;
        }

        public Map<String, Boolean> getActions() {
            return actions;
        }

        public boolean has(String action) {
            return actions.containsKey(action);
        }

        public boolean isAllActions() {
            return allActions;
        }

        public void setAllActions(boolean allActions) {
            this.allActions = allActions;
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private boolean everything;

    private PermissionMatrix() {
        for (PermissionCatalogue.Module module : PermissionCatalogue.MODULES) {
            rows.add(new Row(module.key(), module.labelKey(), module.actions()));
        }
    }

    public static PermissionMatrix empty() {
        return new PermissionMatrix();
    }

    /** The matrix showing stored grants. Grants the catalogue does not know are not shown. */
    public static PermissionMatrix of(Collection<String> grants) {
        PermissionMatrix matrix = new PermissionMatrix();
        matrix.everything = grants.contains(PermissionCatalogue.EVERYTHING);
        for (Row row : matrix.rows) {
            row.allActions = grants.contains(row.module + ":" + PermissionCatalogue.ALL_ACTIONS);
            row.actions.replaceAll((action, checked) -> grants.contains(row.module + ":" + action));
        }
        return matrix;
    }

    /** The grants the checkboxes stand for, without the ones a checked wildcard already covers. */
    public Set<String> toGrants() {
        Set<String> grants = new TreeSet<>();
        if (everything) {
            grants.add(PermissionCatalogue.EVERYTHING);
            return grants;
        }
        for (Row row : rows) {
            if (row.allActions) {
                grants.add(row.module + ":" + PermissionCatalogue.ALL_ACTIONS);
                continue;
            }
            row.actions.forEach((action, checked) -> {
                if (Boolean.TRUE.equals(checked)) {
                    grants.add(row.module + ":" + action);
                }
            });
        }
        return grants;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<String> getActions() {
        return PermissionCatalogue.ACTIONS;
    }

    public boolean isEverything() {
        return everything;
    }

    public void setEverything(boolean everything) {
        this.everything = everything;
    }
}
