/** The quality services: checklists, checks, issues and their categories, gate overrides. */
package io.shopfloor.quality.boundary;
