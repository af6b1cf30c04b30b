package org.samling.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The same API under {@code /api/v1}, where Dataverse's guide, its official clients and most
 * scripts address it. Declaring no classes, it serves every resource and provider the WAR holds,
 * as {@link SamlingApi} does.
 */
@ApplicationPath("api/v1")
public class SamlingApiV1 extends Application {
}
