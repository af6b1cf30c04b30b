package org.samling.curation.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.samling.account.control.CurrentCaller;
import org.samling.curation.control.ReturnToAuthorCommand;
import org.samling.curation.control.ReviewThread;
import org.samling.curation.control.SubmitForReviewCommand;
import org.samling.dataset.boundary.DatasetAddress;
import org.samling.dataset.control.DatasetLocks;
import org.samling.dataset.control.DatasetReader;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.entity.Dataset;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.error.SamlingException;
import org.samling.platform.json.Json;
import org.samling.platform.rest.ApiResponses;
import org.samling.platform.rest.JsonBodies;

/**
 * Review before publication, as Dataverse's API has it ({@code submitForReview},
 * {@code returnToAuthor}, {@code locks}), and Samling's review thread.
 */
@Path("datasets")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

    @Inject
    Datasets datasets;

    @Inject
    DatasetReader reader;

    @Inject
    DatasetLocks locks;

    @Inject
    ReviewThread thread;

    @Inject
    CommandEngine engine;

    @Inject
    CurrentCaller caller;

    @POST
    @Path(DatasetAddress.PATH + "/submitForReview")
    @Consumes(MediaType.WILDCARD)
    public Response submit(@PathParam("id") String id, @QueryParam("persistentId") String pid, String body) {
        Dataset dataset = DatasetAddress.resolve(datasets, id, pid);
        String message = body == null || body.isBlank() ? null : JsonBodies.object(body).getString("message", null);
        engine.submit(new SubmitForReviewCommand(caller.context(), dataset, message));
        return ApiResponses.ok(Json.createObjectBuilder().add("inReview", true)
                .add("message", "Dataset id " + dataset.getId() + " has been submitted for review.").build());
    }

    @POST
    @Path(DatasetAddress.PATH + "/returnToAuthor")
    @Consumes(MediaType.WILDCARD)
    public Response giveBack(@PathParam("id") String id, @QueryParam("persistentId") String pid, String body) {
        Dataset dataset = DatasetAddress.resolve(datasets, id, pid);
        if (body == null || body.isBlank()) {
            throw SamlingException.badRequest("error.reasonForReturnRequired");
        }
        JsonObject json = JsonBodies.object(body);
        engine.submit(new ReturnToAuthorCommand(caller.context(), dataset, json.getString("reasonForReturn", null)));
        return ApiResponses.ok(Json.createObjectBuilder().add("inReview", false)
                .add("message", "Dataset id " + dataset.getId() + " has been sent back to the author(s).").build());
    }

    @GET
    @Path(DatasetAddress.PATH + "/locks")
    public Response locks(@PathParam("id") String id, @QueryParam("persistentId") String pid,
                          @QueryParam("type") String type) {
        Dataset dataset = DatasetAddress.resolve(datasets, id, pid);
        reader.open(caller.context(), dataset, null);
        JsonArrayBuilder json = Json.createArrayBuilder();
        for (DatasetLocks.Lock lock : locks.of(dataset.getId())) {
            if (type == null || type.equals(lock.type())) {
                JsonObjectBuilder one = Json.createObjectBuilder()
                        .add("lockType", lock.type())
                        .add("date", lock.created().toString())
                        .add("dataset", dataset.getGlobalId().asString());
                if (lock.username() != null) {
                    one.add("user", lock.username());
                }
                if (lock.message() != null) {
                    one.add("message", lock.message());
                }
                json.add(one);
            }
        }
        return ApiResponses.ok(json.build());
    }

    /** Samling's own: the conversation between the depositor and the curators, for both. */
    @GET
    @Path(DatasetAddress.PATH + "/reviewThread")
    public Response thread(@PathParam("id") String id, @QueryParam("persistentId") String pid) {
        Dataset dataset = DatasetAddress.resolve(datasets, id, pid);
        JsonArrayBuilder json = Json.createArrayBuilder();
        for (ReviewThread.Message message : thread.of(caller.context(), dataset.getId())) {
            JsonObjectBuilder one = Json.createObjectBuilder()
                    .add("kind", message.kind().name().toLowerCase(Locale.ROOT))
                    .add("author", message.author())
                    .add("at", message.at().toString());
            if (message.text() != null) {
                one.add("text", message.text());
            }
            json.add(one);
        }
        return ApiResponses.ok(json.build());
    }
}
