package io.shopfloor.platform.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StorableTextTest {

    record Estimate(String stageName, int hours) {
    }

    record Draft(String name, Map<String, Object> customFields, List<Estimate> stageEstimates) {
    }

    @Test
    void aNulOrAnUnpairedSurrogateIsNamedByItsFieldWhereverItIs() {
        Draft draft = new Draft("Sape\u0000le", Map.of("finish", "gl\uD800oss", "ok", "fine"),
                List.of(new Estimate("Sanding", 2), new Estimate("Fin\u0000ishing", 3)));
        assertThat(StorableText.problems("", draft)).containsOnlyKeys("name", "customFields.finish", "stageEstimates[1].stageName")
                .containsValue(StorableText.MESSAGE);
    }

    @Test
    void everythingElseIsStorable() {
        assertThat(StorableText.problems("", new Draft("Nguyễn 🎧 Cherry", Map.of("tags", List.of("a", "b")), List.of()))).isEmpty();
        assertThat(StorableText.storable("\uDBFF\uDFFF")).isTrue();
        assertThat(StorableText.storable("\uDFFF")).isFalse();
        assertThat(StorableText.problems("reason", "on hold\u0000")).containsOnlyKeys("reason");
    }
}
