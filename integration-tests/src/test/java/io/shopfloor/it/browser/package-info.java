/** Browser tests: a real headless Chromium, and page objects named for the screens people use. */
package io.shopfloor.it.browser;
