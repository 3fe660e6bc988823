/**
 * The catalogue of permissions (modules and their actions) that roles are built from, and the
 * rule that every organization keeps an active administrator.
 */
package io.shopfloor.platform.roles.control;
