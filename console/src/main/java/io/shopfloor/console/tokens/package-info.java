/** Console screen for every API token of the organization: list with last use, create for a user, revoke. */
package io.shopfloor.console.tokens;
