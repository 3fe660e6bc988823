package io.shopfloor.web.screens;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.shopfloor.web.common.testing.ViewState;
import io.shopfloor.web.screens.quality.FileCheck;

/** The staff screens' view and session state moves between cluster nodes: all of it serializes. */
class ViewStateTest {

    @Test
    void everyScopedBeanKeepsOnlySerializableState() {
        assertThat(ViewState.beanCount(FileCheck.class)).isGreaterThan(10);
        assertThat(ViewState.problemsOfBeansNextTo(FileCheck.class)).isEmpty();
    }
}
