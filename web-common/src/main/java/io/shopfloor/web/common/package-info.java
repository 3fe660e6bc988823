/**
 * What the staff web module and the console share, packaged into each WAR: the authentication
 * mechanism (form sign-in with a session for screens, bearer API tokens for REST), the sign-in
 * and sign-out actions, the signed-in user and their permissions for screens, and the page layout
 * (META-INF/resources/shopfloor).
 */
package io.shopfloor.web.common;
