/**
 * What services say to people, as message keys with parameters ({@link io.shopfloor.platform.messages.Message}),
 * rendered in the reader's language by the screens and the REST API. The service bundle also holds
 * the labels of statuses, priorities and other coded values, so a service message and a screen
 * name them alike.
 */
package io.shopfloor.platform.messages;
