package io.shopfloor.platform.query;

/**
 * What a person typed into a search box, as a "contains" pattern for JPQL that ignores case and
 * accents ({@link #matches}: "nguyen" finds "Nguyễn"): their % and _ are matched literally, not as
 * wildcards.
 */
public final class SearchText {

    /** The escape character every query using {@link #containsPattern(String)} must declare. */
    public static final String ESCAPE = "\\";

    private SearchText() {
    }

    /**
     * The JPQL condition "{@code path} contains the pattern in parameter {@code parameter}", both
     * sides folded by the database's {@code shopfloor.fold} (lower case, no accents).
     */
    public static String matches(String path, String parameter) {
        return "FUNCTION('shopfloor.fold', " + path + ") LIKE FUNCTION('shopfloor.fold', :" + parameter + ") ESCAPE '" + ESCAPE + "'";
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
