package org.samling.authz;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a command that needs no role (creating an account with the configured key, say);
 * its handler does whatever checking it needs. Commands with neither this nor
 * {@link RequiresPermission} are refused.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OpenCommand {
    /** Why no role is needed, for readers of the code. */
    String value();
}
