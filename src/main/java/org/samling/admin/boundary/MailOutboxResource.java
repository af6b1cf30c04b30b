package org.samling.admin.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.samling.account.control.CurrentCaller;
import org.samling.admin.control.MailOutboxReader;
import org.samling.admin.control.RetryMailCommand;
import org.samling.collection.control.Collections;
import org.samling.collection.entity.Collection;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.json.Json;
import org.samling.platform.rest.ApiResponses;

/** {@code /api/admin/mail}: what the outbox holds (administrators), and sending it now. */
@Path("admin/mail")
@Produces(MediaType.APPLICATION_JSON)
public class MailOutboxResource {

    @Inject
    MailOutboxReader reader;

    @Inject
    CommandEngine engine;

    @Inject
    CurrentCaller caller;

    @Inject
    Collections collections;

    @GET
    public Response outbox(@QueryParam("limit") @DefaultValue("50") int limit) {
        MailOutboxReader.Summary summary = reader.summary(caller.context(), Math.max(1, Math.min(limit, 500)));
        JsonArrayBuilder waiting = Json.createArrayBuilder();
        for (MailOutboxReader.Waiting message : summary.oldest()) {
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("id", message.id())
                    .add("to", message.to())
                    .add("subject", message.subject())
                    .add("createdAt", message.created().toString())
                    .add("attempts", message.attempts())
                    .add("nextAttempt", message.nextAttempt().toString());
            if (message.lastError() != null) {
                json.add("lastError", message.lastError());
            }
            waiting.add(json);
        }
        return ApiResponses.ok(Json.createObjectBuilder()
                .add("waiting", summary.waiting())
                .add("failing", summary.failing())
                .add("sentLastDay", summary.sentLastDay())
                .add("messages", waiting)
                .build());
    }

    @POST
    @Path("retry")
    public Response retry() {
        int due = engine.submit(new RetryMailCommand(caller.context(),
                ObjectRef.collection(collections.require(Collection.ROOT).getId())));
        return ApiResponses.okMessage(due + " message(s) will be sent now.");
    }
}
