/** REST tests: an HTTP client with a bearer API token, JSON read with Jakarta JSON Processing. */
package io.shopfloor.it.rest;
