package io.shopfloor.orders.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.shopfloor.platform.errors.BusinessRuleException;

class OrderStatusTest {

    @Test
    void theWorkflowRunsPendingToShipped() {
        Order cut = new Order(UUID.randomUUID(), "SO-000001", new OrderDraft(UUID.randomUUID(), null, null, null, null));
        assertThat(cut.getStatus()).isEqualTo(OrderStatus.PENDING);
        assertThat(cut.getPriority()).isEqualTo(OrderPriority.STANDARD);
        assertThat(cut.changeStatus(OrderStatus.IN_PRODUCTION)).isEqualTo(OrderStatus.PENDING);
        cut.changeStatus(OrderStatus.COMPLETED);
        cut.changeStatus(OrderStatus.SHIPPED);
        assertThat(cut.getStatus()).isEqualTo(OrderStatus.SHIPPED);
    }

    @Test
    void openOrdersGoOnHoldAndBack() {
        assertThat(OrderStatus.PENDING.canBecome(OrderStatus.ON_HOLD)).isTrue();
        assertThat(OrderStatus.IN_PRODUCTION.canBecome(OrderStatus.ON_HOLD)).isTrue();
        assertThat(OrderStatus.ON_HOLD.canBecome(OrderStatus.IN_PRODUCTION)).isTrue();
        assertThat(OrderStatus.ON_HOLD.canBecome(OrderStatus.PENDING)).isTrue();
        assertThat(OrderStatus.SHIPPED.canBecome(OrderStatus.ON_HOLD)).isFalse();
    }

    @Test
    void anIllegalStepIsRefusedWithWhatIsAllowed() {
        Order cut = new Order(UUID.randomUUID(), "SO-000007", new OrderDraft(UUID.randomUUID(), null, null, null, null));
        assertThatThrownBy(() -> cut.changeStatus(OrderStatus.SHIPPED))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("Order SO-000007 is Pending and cannot become Shipped. Allowed next: In production, On hold.");
        assertThat(cut.getStatus()).isEqualTo(OrderStatus.PENDING);
    }

    @Test
    void codesRoundTripAndUnknownCodesSayWhatIsValid() {
        for (OrderStatus status : OrderStatus.values()) {
            assertThat(OrderStatus.ofCode(status.code())).isEqualTo(status);
        }
        assertThatThrownBy(() -> OrderStatus.ofCode("lost")).hasMessageContaining("pending, in_production");
    }
}
