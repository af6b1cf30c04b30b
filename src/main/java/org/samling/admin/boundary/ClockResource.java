package org.samling.admin.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import org.samling.account.control.CurrentCaller;
import org.samling.admin.control.SetClockCommand;
import org.samling.collection.control.Collections;
import org.samling.collection.entity.Collection;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.error.SamlingException;
import org.samling.platform.json.Json;
import org.samling.platform.rest.ApiResponses;
import org.samling.platform.time.ServerClock;

/**
 * {@code /api/admin/clock}: the server's time, and on a server started for tests
 * ({@code SAMLING_CLOCK_ADJUSTABLE=true}) a way to move it ({@code PUT ?offset=P2D}), so that
 * expiry, reminders and retention are tested without waiting.
 */
@Path("admin/clock")
@Produces(MediaType.APPLICATION_JSON)
public class ClockResource {

    @Inject
    ServerClock clock;

    @Inject
    CommandEngine engine;

    @Inject
    CurrentCaller caller;

    @Inject
    Collections collections;

    @GET
    public Response now() {
        return ApiResponses.ok(Json.createObjectBuilder()
                .add("now", clock.now().toString())
                .add("offset", clock.offset().toString())
                .add("adjustable", clock.isAdjustable())
                .build());
    }

    @PUT
    public Response move(@QueryParam("offset") String offset) {
        Duration by;
        try {
            by = Duration.parse(offset == null ? "" : offset);
        } catch (DateTimeParseException e) {
            throw SamlingException.badRequest("error.badClockOffset");
        }
        engine.submit(new SetClockCommand(caller.context(),
                ObjectRef.collection(collections.require(Collection.ROOT).getId()), by));
        return now();
    }
}
