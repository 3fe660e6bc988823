package io.shopfloor.orders.control;

import java.util.UUID;

import jakarta.persistence.EntityManager;

import io.shopfloor.orders.entity.Order;
import io.shopfloor.orders.entity.OrderStatus;
import io.shopfloor.orders.entity.OrderStatusChange;

/**
 * The one writer of an order's status history: every change of an order's status, from the orders
 * screens and API or from production (and later quality), goes through here, so each change is
 * recorded once, with who made it and why.
 */
public final class OrderStatusHistory {

    private OrderStatusHistory() {
    }

    /** A new order's first entry (no previous status). */
    public static void created(EntityManager em, Order order, UUID by) {
        em.persist(new OrderStatusChange(order, null, by, "Order created"));
    }

    /** Moves the order to {@code target} (the order's own rules decide whether it may) and records it. */
    public static void change(EntityManager em, Order order, OrderStatus target, UUID by, String reason) {
        OrderStatus previous = order.changeStatus(target);
        em.persist(new OrderStatusChange(order, previous, by, reason));
    }

    /** The order left its batch: back to pending if production had it, recorded when the status changed. */
    public static void leftBatch(EntityManager em, Order order, UUID by, String reason) {
        OrderStatus previous = order.leaveBatch();
        if (previous != order.getStatus()) {
            em.persist(new OrderStatusChange(order, previous, by, reason));
        }
    }
}
