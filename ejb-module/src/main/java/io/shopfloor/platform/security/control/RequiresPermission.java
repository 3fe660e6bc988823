package io.shopfloor.platform.security.control;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission an EJB business method needs. On a class it applies to methods without their
 * own. A method with neither this nor {@code @PermitAll} is refused: forgetting is not an opening.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresPermission {

    /** Any active, signed-in user of the tenant, whatever their roles. */
    String SIGNED_IN = "signed-in";

    /** {@code module:action}, or {@link #SIGNED_IN}. */
    String value();
}
