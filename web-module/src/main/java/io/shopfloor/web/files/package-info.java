/** Serving attached files to the staff screens (signed in by the session, like every page). */
package io.shopfloor.web.files;
