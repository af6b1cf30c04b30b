package org.samling.file.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.samling.platform.context.ObjectRef;
import org.samling.account.control.CurrentCaller;
import org.samling.collection.control.Collections;
import org.samling.collection.entity.Collection;
import org.samling.file.control.FixityCheck;
import org.samling.file.control.StoreSweeper;
import org.samling.file.control.SweepStoreCommand;
import org.samling.file.control.ValidateFilesCommand;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.json.Json;
import org.samling.platform.rest.ApiResponses;

/** Administrators' file-store tools: fixity validation (Dataverse's path) and the sweeper. */
@Path("admin")
@Produces(MediaType.APPLICATION_JSON)
public class FileAdminResource {

    @Inject
    CommandEngine engine;

    @Inject
    CurrentCaller caller;

    @Inject
    Collections collections;

    @POST
    @Path("validate/dataset/files/{id: [0-9]+}")
    public Response validate(@PathParam("id") long datasetId) {
        List<FixityCheck.Outcome> outcomes = engine.submit(new ValidateFilesCommand(caller.context(), root(), datasetId));
        JsonArrayBuilder files = Json.createArrayBuilder();
        for (FixityCheck.Outcome outcome : outcomes) {
            JsonObjectBuilder file = Json.createObjectBuilder()
                    .add("datafileId", outcome.fileId())
                    .add("storageIdentifier", outcome.storageKey())
                    .add("status", outcome.status().name().toLowerCase(Locale.ROOT));
            if (outcome.message() != null) {
                file.add("errorMessage", outcome.message());
            }
            files.add(file);
        }
        long failed = outcomes.stream().filter(o -> o.status() != FixityCheck.Status.VALID).count();
        return ApiResponses.ok(Json.createObjectBuilder()
                .add("dataFiles", files)
                .add("valid", outcomes.size() - failed)
                .add("failed", failed)
                .build());
    }

    /** {@code graceMinutes}: leave stored objects younger than this (default 60). */
    @POST
    @Path("storage/sweep")
    public Response sweep(@QueryParam("graceMinutes") @DefaultValue("60") int graceMinutes) {
        StoreSweeper.Result result = engine.submit(new SweepStoreCommand(caller.context(), root(),
                Duration.ofMinutes(Math.max(0, graceMinutes))));
        return ApiResponses.ok(Json.createObjectBuilder()
                .add("stagedRemoved", result.stagedRemoved())
                .add("orphansRemoved", result.orphansRemoved())
                .build());
    }

    private ObjectRef root() {
        return ObjectRef.collection(collections.require(Collection.ROOT).getId());
    }
}
