package io.shopfloor.web.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELContext;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.StandardELContext;
import jakarta.el.ExpressionFactory;

import org.junit.jupiter.api.Test;

class RecordELResolverTest {

    record Line(String orderNumber, int quantity) {
    }

    private final RecordELResolver cut = new RecordELResolver();

    @Test
    void readsRecordComponentsByName() {
        ELContext context = context();
        assertThat(cut.getValue(context, new Line("SO-000001", 3), "orderNumber")).isEqualTo("SO-000001");
        assertThat(context.isPropertyResolved()).isTrue();
        assertThat(cut.isReadOnly(context(), new Line("x", 1), "quantity")).isTrue();
    }

    @Test
    void leavesOtherObjectsAndUnknownNamesToOtherResolvers() {
        ELContext context = context();
        assertThat(cut.getValue(context, "a string", "length")).isNull();
        assertThat(cut.getValue(context, new Line("x", 1), "price")).isNull();
        assertThat(context.isPropertyResolved()).isFalse();
    }

    @Test
    void refusesWrites() {
        assertThatThrownBy(() -> cut.setValue(context(), new Line("x", 1), "quantity", 2)).isInstanceOf(PropertyNotWritableException.class);
    }

    private static ELContext context() {
        return new StandardELContext(ExpressionFactory.newInstance());
    }
}
