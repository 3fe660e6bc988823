/** Small types every module shares, such as enumerations stored and exchanged by a code. */
package io.shopfloor.platform.types;
