/** Checks shared by the screen modules' tests (the web-common test jar). */
package io.shopfloor.web.common.testing;
