/** The organization (tenant) itself and the settings its administrators keep. */
package io.shopfloor.platform.tenancy.entity;
