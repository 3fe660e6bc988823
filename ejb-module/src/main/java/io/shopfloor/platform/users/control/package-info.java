/** Helpers of the users services: the one-time links with which users set their password. */
package io.shopfloor.platform.users.control;
