package io.shopfloor.orders.control;

import java.util.UUID;

import jakarta.persistence.EntityManager;

import io.shopfloor.orders.entity.Order;
import io.shopfloor.orders.entity.OrderStatus;
import io.shopfloor.orders.entity.OrderStatusChange;
import io.shopfloor.orders.entity.StatusChangeCause;

/**
 * The one writer of an order's status history: every change of an order's status, from the orders
 * screens and API or from production (and later quality), goes through here, so each change is
 * recorded once, with who made it and why (a cause the screens translate, and a person's own words).
 */
public final class OrderStatusHistory {

    private OrderStatusHistory() {
    }

    /** A new order's first entry (no previous status). */
    public static void created(EntityManager em, Order order, UUID by) {
        em.persist(new OrderStatusChange(order, null, by, StatusChangeCause.CREATED, null, null));
    }

    /** A person moves the order to {@code target} (the order's own rules decide whether it may), with their reason. */
    public static void change(EntityManager em, Order order, OrderStatus target, UUID by, String reason) {
        OrderStatus previous = order.changeStatus(target);
        em.persist(new OrderStatusChange(order, previous, by, StatusChangeCause.CHANGED, null, reason));
    }

    /** Production moves the order to {@code target} because of what happened to its batch. */
    public static void changeByBatch(EntityManager em, Order order, OrderStatus target, UUID by, StatusChangeCause cause, UUID batchId) {
        OrderStatus previous = order.changeStatus(target);
        em.persist(new OrderStatusChange(order, previous, by, cause, batchId, null));
    }

    /** The order left its batch: back to pending if production had it, recorded when the status changed. */
    public static void leftBatch(EntityManager em, Order order, UUID by, UUID batchId) {
        OrderStatus previous = order.leaveBatch();
        if (previous != order.getStatus()) {
            em.persist(new OrderStatusChange(order, previous, by, StatusChangeCause.REMOVED_FROM_BATCH, batchId, null));
        }
    }
}
