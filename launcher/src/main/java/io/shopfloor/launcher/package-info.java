/**
 * Runs Shopfloor on one machine, and gives test harnesses the same building blocks.
 *
 * <p>{@link io.shopfloor.launcher.Main} is the run command ({@code mvn -Prun package}):
 * it reads {@link io.shopfloor.launcher.LauncherSettings} from the environment and starts a
 * {@link io.shopfloor.launcher.ShopfloorRuntime}: an {@link io.shopfloor.launcher.EmbeddedDatabase}
 * (or an external PostgreSQL), the migrations, a {@link io.shopfloor.launcher.PayaraDomain}
 * configured by {@link io.shopfloor.launcher.DomainSetup} from the same asadmin file operators
 * apply with config/payara/setup-domain.sh, the EAR, and a demo tenant created through
 * {@link io.shopfloor.launcher.TenantProvisioning}.
 *
 * <p>Integration tests use the same classes with a throwaway data directory, a free database port
 * and their own Payara port base, so they can run next to the run command.
 */
package io.shopfloor.launcher;
