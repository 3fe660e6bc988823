/**
 * Permissions and their enforcement at the EJB boundary. A permission is {@code module:action};
 * roles grant permissions, with {@code module:*} and {@code *} as wildcards
 * ({@link io.shopfloor.platform.security.control.PermissionMatcher}). Every EJB business method
 * declares what it needs with {@link io.shopfloor.platform.security.control.RequiresPermission};
 * {@link io.shopfloor.platform.security.control.PermissionCheck} refuses the call with a clear
 * {@link io.shopfloor.platform.security.control.PermissionDeniedException} otherwise. Also
 * password and API token hashing.
 */
package io.shopfloor.platform.security.control;
