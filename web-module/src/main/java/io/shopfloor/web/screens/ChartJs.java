package io.shopfloor.web.screens;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * Chart.js configurations, which PrimeFaces' {@code p:chart} takes as its value: the dashboards'
 * common frame (no animation, the size of its box, an optional legend) built with JSON-P, so names
 * are proper JSON strings, and with the characters that could end the page's script tag escaped.
 */
public final class ChartJs {

    public static final String BLUE = "#1e6bb8";
    public static final String GREY = "#9aa5b1";
    public static final String RED = "#c62828";
    public static final String GREEN = "#2e7d32";
    public static final String AMBER = "#b26a00";

    private ChartJs() {
    }

    /** A chart of {@code type} with its labels, datasets and axes. */
    public static JsonObject chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, JsonObjectBuilder scales, boolean legend) {
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("animation", false)
                        .add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", legend)))
                        .add("scales", scales))
                .build();
    }

    /** The configuration goes into a script element as it is: nothing in a label may close it. */
    public static String script(JsonObject config) {
        return config.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
