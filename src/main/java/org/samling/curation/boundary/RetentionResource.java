package org.samling.curation.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.samling.account.control.CurrentCaller;
import org.samling.curation.control.DestroyFilesCommand;
import org.samling.curation.control.ExtendRetentionCommand;
import org.samling.dataset.boundary.DatasetAddress;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.entity.Dataset;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.error.SamlingException;
import org.samling.platform.json.Json;
import org.samling.platform.rest.ApiResponses;
import org.samling.platform.rest.JsonBodies;

/** Extending a dataset's retention date with a reason; destroying its files (its title as confirmation). */
@Path("datasets")
@Produces(MediaType.APPLICATION_JSON)
public class RetentionResource {

    @Inject
    Datasets datasets;

    @Inject
    CommandEngine engine;

    @Inject
    CurrentCaller caller;

    /** Body: {@code {"until": "2040-12-31", "reason": "..."}}. */
    @POST
    @Path(DatasetAddress.PATH + "/retention/extend")
    @Consumes(MediaType.WILDCARD)
    public Response extend(@PathParam("id") String id, @QueryParam("persistentId") String pid, String body) {
        Dataset dataset = DatasetAddress.resolve(datasets, id, pid);
        JsonObject json = JsonBodies.object(body);
        LocalDate until;
        try {
            until = LocalDate.parse(json.getString("until", ""));
        } catch (DateTimeParseException e) {
            throw SamlingException.badRequest("error.badDate", json.getString("until", ""));
        }
        engine.submit(new ExtendRetentionCommand(caller.context(), dataset, until, json.getString("reason", null)));
        return ApiResponses.okMessage("Retention extended to " + until);
    }

    /** Body: {@code {"confirmTitle": "<the dataset's title>", "reason": "..."}}. */
    @POST
    @Path(DatasetAddress.PATH + "/destroyFiles")
    @Consumes(MediaType.WILDCARD)
    public Response destroy(@PathParam("id") String id, @QueryParam("persistentId") String pid, String body) {
        Dataset dataset = DatasetAddress.resolve(datasets, id, pid);
        JsonObject json = body == null || body.isBlank() ? jakarta.json.JsonValue.EMPTY_JSON_OBJECT : JsonBodies.object(body);
        DestroyFilesCommand.Destroyed destroyed = engine.submit(new DestroyFilesCommand(caller.context(), dataset,
                json.getString("confirmTitle", null), json.getString("reason", null)));
        return ApiResponses.ok(Json.createObjectBuilder().add("filesDestroyed", destroyed.files())
                .add("bytes", destroyed.bytes()).build());
    }
}
