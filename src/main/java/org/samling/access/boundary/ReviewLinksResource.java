package org.samling.access.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.samling.access.control.CreateReviewLinkCommand;
import org.samling.access.control.ReviewLinkReader;
import org.samling.access.control.RevokeReviewLinkCommand;
import org.samling.account.control.CurrentCaller;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.entity.Dataset;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.config.SamlingConfig;
import org.samling.platform.json.Json;
import org.samling.platform.rest.ApiResponses;
import org.samling.platform.rest.JsonBodies;

/**
 * {@code /api/datasets/:persistentId/privateUrl}: review links to the draft, as Dataverse's
 * private URL ({@code anonymizedAccess}), plus an end date, hidden fields and a choice of files.
 */
@Path("datasets/:persistentId/privateUrl")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewLinksResource {

    static final Duration DEFAULT_LIFETIME = Duration.ofDays(90);

    @Inject
    CommandEngine engine;

    @Inject
    CurrentCaller caller;

    @Inject
    Datasets datasets;

    @Inject
    ReviewLinkReader reader;

    @Inject
    SamlingConfig config;

    /** Optional body: {@code {"expires": "2027-03-01", "hiddenFields": ["kindOfData"], "fileIds": [12, 13]}}. */
    @POST
    @Consumes(MediaType.WILDCARD)
    public Response create(@QueryParam("persistentId") String persistentId,
                           @QueryParam("anonymizedAccess") boolean anonymised, String body) {
        Dataset dataset = datasets.requireByGlobalId(persistentId);
        JsonObject json = body == null || body.isBlank() ? JsonObject.EMPTY_JSON_OBJECT : JsonBodies.object(body);
        Instant given = RequestBodies.expiry(json.getString("expires", null));
        Instant expires = given != null ? given : caller.context().time().plus(DEFAULT_LIFETIME);
        List<Long> files = json.get("fileIds") instanceof JsonArray ? RequestBodies.fileIds(json) : null;
        CreateReviewLinkCommand.Created link = engine.submit(new CreateReviewLinkCommand(caller.context(), dataset,
                anonymised || json.getBoolean("anonymizedAccess", false), strings(json, "hiddenFields"), files, expires));
        return ApiResponses.ok(Json.createObjectBuilder()
                .add("id", link.id())
                .add("token", link.token())
                .add("link", config.siteUrl() + "/review/" + link.token())
                .add("expires", expires.toString())
                .build());
    }

    @GET
    public Response list(@QueryParam("persistentId") String persistentId) {
        Dataset dataset = datasets.requireByGlobalId(persistentId);
        JsonArrayBuilder links = Json.createArrayBuilder();
        reader.of(caller.context(), dataset.getId()).forEach(link -> links.add(Json.createObjectBuilder()
                .add("id", link.id())
                .add("anonymizedAccess", link.anonymised())
                .add("created", link.created().toString())
                .add("expires", link.expires().toString())
                .add("revoked", link.revoked() != null)
                .add("inForce", link.inForce())));
        return ApiResponses.ok(links.build());
    }

    @DELETE
    public Response revokeAll(@QueryParam("persistentId") String persistentId) {
        int revoked = engine.submit(new RevokeReviewLinkCommand(caller.context(),
                datasets.requireByGlobalId(persistentId), null));
        return ApiResponses.okMessage(revoked + " review link(s) revoked.");
    }

    @DELETE
    @Path("{id: [0-9]+}")
    public Response revoke(@QueryParam("persistentId") String persistentId, @PathParam("id") long id) {
        engine.submit(new RevokeReviewLinkCommand(caller.context(), datasets.requireByGlobalId(persistentId), id));
        return ApiResponses.okMessage("Review link " + id + " revoked.");
    }

    private static List<String> strings(JsonObject json, String name) {
        List<String> values = new ArrayList<>();
        if (json.get(name) instanceof JsonArray array) {
            array.forEach(value -> {
                if (value instanceof JsonString text) {
                    values.add(text.getString());
                }
            });
        }
        return values;
    }
}
