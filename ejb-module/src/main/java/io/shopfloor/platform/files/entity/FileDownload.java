package io.shopfloor.platform.files.entity;

import java.io.Serializable;

/** A file's bytes (or thumbnail) with what the response needs to serve them. */
public record FileDownload(String name, String contentType, byte[] bytes) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Images are shown in the page; anything else (PDF) is served as an attachment. */
    public boolean inline() {
        return contentType.startsWith("image/");
    }
}
