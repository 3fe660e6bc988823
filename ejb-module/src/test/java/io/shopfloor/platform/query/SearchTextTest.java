package io.shopfloor.platform.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void searchesContainCaseInsensitively() {
        assertThat(SearchText.containsPattern("  Hifi Corner ")).isEqualTo("%hifi corner%");
    }

    @Test
    void wildcardsTypedByPeopleAreMatchedLiterally() {
        assertThat(SearchText.containsPattern("50%_off")).isEqualTo("%50\\%\\_off%");
        assertThat(SearchText.containsPattern("a\\b")).isEqualTo("%a\\\\b%");
    }

    @Test
    void blankMeansNoSearch() {
        assertThat(SearchText.containsPattern(null)).isNull();
        assertThat(SearchText.containsPattern("   ")).isNull();
    }
}
