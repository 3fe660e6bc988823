package io.shopfloor.web.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.shopfloor.web.common.testing.ViewState;

/** The session state both screen modules share (the signed-in user, the language) serializes. */
class ViewStateTest {

    @Test
    void everyScopedBeanKeepsOnlySerializableState() {
        assertThat(ViewState.beanCount(Me.class)).isPositive();
        assertThat(ViewState.problemsOfBeansNextTo(Me.class)).isEmpty();
    }
}
