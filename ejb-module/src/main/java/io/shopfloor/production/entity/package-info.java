/** Production stages and the roles responsible for each. */
package io.shopfloor.production.entity;
