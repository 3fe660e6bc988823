/** Users of a tenant, the roles they hold, and the views of them that services return. */
package io.shopfloor.platform.users.entity;
