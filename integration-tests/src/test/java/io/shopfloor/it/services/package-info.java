/**
 * In-container tests of the EJB services on Payara Server (Arquillian + ShrinkWrap). Every test
 * deploys what {@link io.shopfloor.it.services.ServiceDeployment} builds: the real EJB module jar
 * and the sign-in mechanism, and calls the services as users of two organizations.
 */
package io.shopfloor.it.services;
