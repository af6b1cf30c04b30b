package org.samling.access.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
import org.samling.access.control.AccessRequestReader;
import org.samling.access.control.GrantRow;
import org.samling.access.control.RequestExtensionCommand;
import org.samling.access.control.RevokeGrantCommand;
import org.samling.account.control.CurrentCaller;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.entity.Dataset;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.context.RequestContext;
import org.samling.platform.error.SamlingException;
import org.samling.platform.json.Json;
import org.samling.platform.rest.ApiResponses;
import org.samling.platform.rest.JsonBodies;

/** {@code /api/grants}: your grants; a dataset's grants for its curators; extensions; revoking. */
@Path("grants")
@Produces(MediaType.APPLICATION_JSON)
public class GrantsResource {

    @Inject
    AccessRequestReader reader;

    @Inject
    CommandEngine engine;

    @Inject
    CurrentCaller caller;

    @Inject
    Datasets datasets;

    @GET
    @Path("mine")
    public Response mine() {
        return ApiResponses.ok(AccessRequestJson.grants(reader.myGrants(caller.context())));
    }

    @GET
    public Response ofDataset(@QueryParam("persistentId") String persistentId) {
        Dataset dataset = datasets.requireByGlobalId(persistentId);
        return ApiResponses.ok(AccessRequestJson.grants(reader.grantsOf(caller.context(), dataset.getId())));
    }

    /** {@code {until: "2027-12-31", reason}}: asks the curators for more time. */
    @POST
    @Path("{id: [0-9]+}/extension")
    @Consumes(MediaType.WILDCARD)
    public Response extension(@PathParam("id") long id, String body) {
        JsonObject json = JsonBodies.object(body);
        RequestContext context = caller.context();
        GrantRow grant = reader.myGrants(context).stream().filter(g -> g.id() == id).findFirst()
                .orElseThrow(() -> SamlingException.notFound("error.grantNotFound", id));
        long request = engine.submit(new RequestExtensionCommand(context, datasets.require(grant.datasetId()), id,
                RequestBodies.date(json, "until"), json.getString("reason", null)));
        return ApiResponses.created(Json.createObjectBuilder().add("requestId", request).build());
    }

    @DELETE
    @Path("{id: [0-9]+}")
    public Response revoke(@PathParam("id") long id) {
        RequestContext context = caller.context();
        GrantRow grant = reader.managedGrant(context, id)
                .orElseThrow(() -> SamlingException.notFound("error.grantNotFound", id));
        engine.submit(new RevokeGrantCommand(context, datasets.require(grant.datasetId()), id));
        return ApiResponses.okMessage("Grant " + id + " revoked.");
    }
}
