package io.shopfloor.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.shopfloor.console.quality.ChecklistAdministration;
import io.shopfloor.web.common.testing.ViewState;

/** The console's view and session state moves between cluster nodes: all of it serializes. */
class ViewStateTest {

    @Test
    void everyScopedBeanKeepsOnlySerializableState() {
        assertThat(ViewState.beanCount(ChecklistAdministration.class)).isGreaterThan(5);
        assertThat(ViewState.problemsOfBeansNextTo(ChecklistAdministration.class)).isEmpty();
    }
}
