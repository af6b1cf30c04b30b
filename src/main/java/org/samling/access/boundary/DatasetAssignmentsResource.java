package org.samling.access.boundary;

import jakarta.inject.Inject;
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
import org.samling.platform.context.ObjectRef;
import org.samling.dataset.control.Datasets;

/** {@code /api/datasets/:persistentId/assignments}: roles given on one dataset. */
@Path("datasets/:persistentId/assignments")
@Produces(MediaType.APPLICATION_JSON)
public class DatasetAssignmentsResource {

    @Inject
    Datasets datasets;

    @Inject
    AssignmentCalls calls;

    @GET
    public Response list(@QueryParam("persistentId") String persistentId) {
        return calls.list(on(persistentId));
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response assign(@QueryParam("persistentId") String persistentId, String body) {
        return calls.assign(on(persistentId), body);
    }

    @DELETE
    @Path("{id: [0-9]+}")
    public Response revoke(@QueryParam("persistentId") String persistentId, @PathParam("id") long id) {
        return calls.revoke(on(persistentId), id);
    }

    private ObjectRef on(String persistentId) {
        return ObjectRef.dataset(datasets.requireByGlobalId(persistentId).getId());
    }
}
