/** Rules of production shared by its services: the quality gate every batch passes to move on. */
package io.shopfloor.production.control;
