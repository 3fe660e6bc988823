package io.shopfloor.platform.files.entity;

import io.shopfloor.platform.types.Coded;

/**
 * The records files belong to. The code is the owning table (the database's allow-list of
 * {@code files.entity_type} names the same); reading a file takes the permission that reads its
 * record, attaching one the permission that works on it.
 */
public enum FileOwner implements Coded {
    CHECK_RESULT("quality_check_results", "quality:read"),
    ISSUE("issues", "quality:read");

    private final String code;
    private final String readPermission;

    FileOwner(String code, String readPermission) {
        this.code = code;
        this.readPermission = readPermission;
    }

    @Override
    public String code() {
        return code;
    }

    public String readPermission() {
        return readPermission;
    }

    public static FileOwner ofCode(String code) {
        return Coded.ofCode(FileOwner.class, code);
    }
}
