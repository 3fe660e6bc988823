/**
 * Staff screens of the orders module: the orders list (lazy, filtered, sorted), the order form
 * with its status actions and history, and the customers list and form. View-scoped beans named
 * for what the user does.
 */
package io.shopfloor.web.screens.orders;
