package org.samling.pid.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.samling.account.control.CurrentCaller;
import org.samling.collection.control.Collections;
import org.samling.collection.entity.Collection;
import org.samling.pid.PidQueue;
import org.samling.pid.PidRegistrationReader;
import org.samling.pid.RetryPidRegistrationCommand;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.json.Json;
import org.samling.platform.rest.ApiResponses;

/**
 * {@code /api/admin/pids}: the PID registrations not yet done (administrators, as the mail
 * outbox), with each one's last error; {@code POST /api/admin/pids/{id}/retry} sends one now.
 */
@Path("admin/pids")
@Produces(MediaType.APPLICATION_JSON)
public class PidRegistrationsResource {

    @Inject
    PidRegistrationReader reader;

    @Inject
    CommandEngine engine;

    @Inject
    CurrentCaller caller;

    @Inject
    Collections collections;

    @GET
    public Response pending(@QueryParam("failing") @DefaultValue("false") boolean failingOnly,
                            @QueryParam("limit") @DefaultValue("50") int limit) {
        PidRegistrationReader.Summary summary = reader.summary(caller.context(), failingOnly,
                Math.max(1, Math.min(limit, 500)));
        JsonArrayBuilder registrations = Json.createArrayBuilder();
        for (PidQueue.Pending pending : summary.registrations()) {
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("id", pending.id())
                    .add("datasetId", pending.datasetId())
                    .add("persistentId", pending.globalId().asString())
                    .add("provider", pending.provider())
                    .add("action", pending.action().name().toLowerCase(java.util.Locale.ROOT))
                    .add("status", pending.failing() ? "failed" : "pending")
                    .add("createdAt", pending.created().toString())
                    .add("attempts", pending.attempts())
                    .add("nextAttempt", pending.nextAttempt().toString());
            if (pending.lastAttempt() != null) {
                json.add("lastAttempt", pending.lastAttempt().toString());
            }
            if (pending.lastError() != null) {
                json.add("lastError", pending.lastError());
            }
            registrations.add(json);
        }
        return ApiResponses.ok(Json.createObjectBuilder()
                .add("waiting", summary.waiting())
                .add("failing", summary.failing())
                .add("registrations", registrations)
                .build());
    }

    @POST
    @Path("{id}/retry")
    public Response retry(@PathParam("id") long id) {
        engine.submit(new RetryPidRegistrationCommand(caller.context(),
                ObjectRef.collection(collections.require(Collection.ROOT).getId()), id));
        return ApiResponses.okMessage("PID registration " + id + " will be sent now.");
    }
}
