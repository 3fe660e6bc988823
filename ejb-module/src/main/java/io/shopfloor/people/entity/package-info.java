/** People's records (profiles, skills, intervals of work, overrides) and the views services answer with. */
package io.shopfloor.people.entity;
