/**
 * Benchmarks of Shopfloor at scale: the data set (many organizations, a skewed million orders with
 * their customers, products, batches, work, custom fields and audit rows, loaded with COPY and
 * deterministic from a seed) and the measurements run on it.
 */
package io.shopfloor.benchmarks;
