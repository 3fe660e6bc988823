package io.shopfloor.platform.query;

/**
 * What a person typed into a search box, as a case-insensitive "contains" pattern for JPQL
 * {@code LIKE ... ESCAPE '\'}: their % and _ are matched literally, not as wildcards.
 */
public final class SearchText {

    /** The escape character every query using {@link #containsPattern(String)} must declare. */
    public static final String ESCAPE = "\\";

    private SearchText() {
    }

    /** {@code %text%} lower-cased with wildcards escaped, or null when there is nothing to search. */
    public static String containsPattern(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String literal = text.strip().toLowerCase()
                .replace(ESCAPE, ESCAPE + ESCAPE)
                .replace("%", ESCAPE + "%")
                .replace("_", ESCAPE + "_");
        return "%" + literal + "%";
    }
}
