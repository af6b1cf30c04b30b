package org.samling.search.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.samling.account.control.CurrentCaller;
import org.samling.collection.control.Collections;
import org.samling.collection.entity.Collection;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.error.SamlingException;
import org.samling.platform.json.Json;
import org.samling.platform.rest.ApiResponses;
import org.samling.search.control.IndexRebuild;
import org.samling.search.control.IndexState;
import org.samling.search.control.RebuildIndexCommand;

/** {@code POST /api/admin/index}: rebuild the search index; {@code GET /api/admin/index/status}: its progress. */
@Path("admin/index")
@Produces(MediaType.APPLICATION_JSON)
public class IndexResource {

    @Inject
    CommandEngine engine;

    @Inject
    CurrentCaller caller;

    @Inject
    Collections collections;

    @Inject
    IndexRebuild rebuild;

    @POST
    public Response rebuild() {
        ObjectRef root = ObjectRef.collection(collections.require(Collection.ROOT).getId());
        IndexState state = engine.submit(new RebuildIndexCommand(caller.context(), root));
        return Response.accepted(Json.createObjectBuilder().add("status", "OK").add("data", json(state)).build()).build();
    }

    @GET
    @Path("status")
    public Response status() {
        ObjectRef root = ObjectRef.collection(collections.require(Collection.ROOT).getId());
        if (!engine.canIssue(RebuildIndexCommand.class, caller.context(), root)) {
            throw SamlingException.forbidden("error.searchIndexAdminOnly");
        }
        return ApiResponses.ok(json(rebuild.state()).build());
    }

    static JsonObjectBuilder json(IndexState state) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("version", state.version())
                .add("rebuilding", state.rebuilding()).add("done", state.done()).add("total", state.total())
                .add("percent", state.percent()).add("documents", state.documents());
        if (state.startedAt() != null) {
            json.add("startedAt", state.startedAt().toString());
        }
        if (state.finishedAt() != null) {
            json.add("finishedAt", state.finishedAt().toString());
        }
        return json;
    }
}
