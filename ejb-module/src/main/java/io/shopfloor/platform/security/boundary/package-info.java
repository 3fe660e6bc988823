/**
 * Sign-in (password and API token), the signed-in user's own view of themselves, and their API
 * tokens. Sign-in runs before any tenant is known, through the narrow SECURITY DEFINER look-ups
 * of the schema.
 */
package io.shopfloor.platform.security.boundary;
