/** The rules the people services and production share: who may be given work, and the work clock. */
package io.shopfloor.people.control;
