/** Checklist versions and items, checks and their results, issue categories and issues, gate overrides, and their views. */
package io.shopfloor.quality.entity;
