package org.samling.access.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.samling.platform.context.ObjectRef;
import org.samling.collection.control.Collections;

/** {@code /api/dataverses/{alias}/assignments}: roles given on a collection (inherited by all below it). */
@Path("dataverses/{alias}/assignments")
@Produces(MediaType.APPLICATION_JSON)
public class CollectionAssignmentsResource {

    @Inject
    Collections collections;

    @Inject
    AssignmentCalls calls;

    @GET
    public Response list(@PathParam("alias") String alias) {
        return calls.list(on(alias));
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response assign(@PathParam("alias") String alias, String body) {
        return calls.assign(on(alias), body);
    }

    @DELETE
    @Path("{id: [0-9]+}")
    public Response revoke(@PathParam("alias") String alias, @PathParam("id") long id) {
        return calls.revoke(on(alias), id);
    }

    private ObjectRef on(String alias) {
        return ObjectRef.collection(collections.require(alias).getId());
    }
}
