package org.samling.curation.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
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
import org.samling.curation.control.DeaccessionCommand;
import org.samling.curation.control.VersionDifferences;
import org.samling.dataset.boundary.DatasetAddress;
import org.samling.dataset.control.DatasetReader;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.control.VisibleDataset;
import org.samling.dataset.entity.Dataset;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.config.SamlingConfig;
import org.samling.platform.error.SamlingException;
import org.samling.platform.json.Json;
import org.samling.platform.rest.ApiResponses;
import org.samling.platform.rest.JsonBodies;

/** A dataset's versions: listed, compared, withdrawn (Dataverse's paths and shapes). */
@Path("datasets")
@Produces(MediaType.APPLICATION_JSON)
public class VersionsResource {

    static final int MAX_LIMIT = 100;

    @Inject
    Datasets datasets;

    @Inject
    DatasetReader reader;

    @Inject
    VersionDifferences differences;

    @Inject
    CommandEngine engine;

    @Inject
    org.samling.dataset.boundary.DatasetAnswers answers;

    @Inject
    CurrentCaller caller;

    @Inject
    SamlingConfig config;

    /** Files are left out unless {@code excludeFiles=false}, as Dataverse's guide documents it. */
    @GET
    @Path(DatasetAddress.PATH + "/versions")
    public Response list(@PathParam("id") String id, @QueryParam("persistentId") String pid,
                         @QueryParam("limit") @DefaultValue("10") int limit,
                         @QueryParam("offset") @DefaultValue("0") int offset,
                         @QueryParam("excludeFiles") @DefaultValue("true") boolean excludeFiles) {
        if (limit < 1 || limit > MAX_LIMIT || offset < 0) {
            throw SamlingException.badRequest("error.badPaging", MAX_LIMIT);
        }
        Dataset dataset = DatasetAddress.resolve(datasets, id, pid);
        DatasetReader.VersionPage page = reader.versions(caller.context(), dataset, offset, limit);
        return answers.versions(caller.context(), page.versions(), page.total(), excludeFiles);
    }

    /**
     * Dataverse's {@code compareSummary}: each version the caller may see, newest first, with what
     * it changed (the first published version says {@code firstPublished}; a withdrawn one
     * {@code deaccessioned} with its reason) and when it was published.
     */
    @GET
    @Path(DatasetAddress.PATH + "/versions/compareSummary")
    public Response compareSummary(@PathParam("id") String id, @QueryParam("persistentId") String pid,
                                   @QueryParam("limit") @DefaultValue("10") int limit,
                                   @QueryParam("offset") @DefaultValue("0") int offset) {
        if (limit < 1 || limit > MAX_LIMIT || offset < 0) {
            throw SamlingException.badRequest("error.badPaging", MAX_LIMIT);
        }
        Dataset dataset = DatasetAddress.resolve(datasets, id, pid);
        DatasetReader.VersionPage page = reader.versions(caller.context(), dataset, offset, limit);
        JsonArrayBuilder json = Json.createArrayBuilder();
        for (VisibleDataset shown : page.versions()) {
            var version = shown.version();
            var entry = Json.createObjectBuilder().add("id", version.getId())
                    .add("versionNumber", version.isDraft() ? "DRAFT" : version.getFriendlyNumber())
                    .add("contributors", String.join("; ", shown.metadata().citation().authorNames()));
            if (version.isDeaccessioned()) {
                entry.add("summary", Json.createObjectBuilder().add("deaccessioned", Json.createObjectBuilder()
                        .add("reason", version.getDeaccessionReason())));
            } else if (!version.isDraft() && version.getVersionNumber() == 1 && version.getMinorVersionNumber() == 0) {
                entry.add("summary", "firstPublished");
            } else {
                entry.add("summary", Json.createObjectBuilder());
            }
            if (version.getReleaseTime() != null) {
                entry.add("publishedOn", version.getReleaseTime().toString().substring(0, 10));
            }
            json.add(entry);
        }
        return Response.ok(Json.createObjectBuilder().add("status", "OK").add("totalCount", page.total())
                .add("data", json).build()).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path(DatasetAddress.PATH + "/versions/{a}/compare/{b}")
    public Response compare(@PathParam("id") String id, @QueryParam("persistentId") String pid,
                            @PathParam("a") String a, @PathParam("b") String b) {
        Dataset dataset = DatasetAddress.resolve(datasets, id, pid);
        VisibleDataset older = reader.open(caller.context(), dataset, a);
        VisibleDataset newer = reader.open(caller.context(), dataset, b);
        if (older.version().getCreatedAt().isAfter(newer.version().getCreatedAt())) {
            throw SamlingException.badRequest("error.compareOrder");
        }
        JsonObject json = differences.json(differences.between(older, newer, java.util.Locale.forLanguageTag(caller.context().language())), older, newer);
        return ApiResponses.ok(json);
    }

    @POST
    @Path(DatasetAddress.PATH + "/versions/{version}/deaccession")
    @Consumes(MediaType.WILDCARD)
    public Response deaccession(@PathParam("id") String id, @QueryParam("persistentId") String pid,
                                @PathParam("version") String version, String body) {
        Dataset dataset = DatasetAddress.resolve(datasets, id, pid);
        JsonObject json = body == null || body.isBlank() ? jakarta.json.JsonValue.EMPTY_JSON_OBJECT : JsonBodies.object(body);
        engine.submit(new DeaccessionCommand(caller.context(), dataset, version,
                json.getString("deaccessionReason", null), json.getString("deaccessionForwardURL", null)));
        String name = ":persistentId".equals(id) ? dataset.getGlobalId().asString() : String.valueOf(dataset.getId());
        return ApiResponses.okMessage("Dataset " + name + " deaccessioned for version " + version);
    }

}
