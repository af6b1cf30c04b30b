package org.samling.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API under {@code /api}, shaped like the Dataverse Native API where both do the same thing. */
@ApplicationPath("api")
public class SamlingApi extends Application {
}
