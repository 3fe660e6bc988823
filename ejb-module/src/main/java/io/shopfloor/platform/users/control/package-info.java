/** Helpers of the users services: the one owner of passwords, and the one-time links with which users set theirs. */
package io.shopfloor.platform.users.control;
