package org.samling.collection.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.samling.access.control.AssignRoleCommand;
import org.samling.account.control.CurrentCaller;
import org.samling.collection.control.Collections;
import org.samling.collection.control.CreateCollectionCommand;
import org.samling.collection.control.SetRequireReviewCommand;
import org.samling.collection.entity.Collection;
import org.samling.dataset.control.CreateDatasetCommand;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.context.RequestContext;
import org.samling.platform.json.Json;
import org.samling.platform.rest.ApiResponses;

/**
 * Dataverse's {@code userPermissions} on a collection, asked of the engine command by command.
 * Collections are published when made, so {@code canPublishDataverse} is always false; one may be
 * deleted (when empty) by whoever may edit it, except the root.
 */
@Path("dataverses/{alias}/userPermissions")
@Produces(MediaType.APPLICATION_JSON)
public class CollectionPermissionsResource {

    @Inject
    Collections collections;

    @Inject
    CommandEngine engine;

    @Inject
    CurrentCaller caller;

    @GET
    public Response userPermissions(@PathParam("alias") String alias) {
        Collection collection = collections.require(alias);
        RequestContext context = caller.context();
        ObjectRef on = ObjectRef.collection(collection.getId());
        boolean edit = engine.canIssue(SetRequireReviewCommand.class, context, on);
        return ApiResponses.ok(Json.createObjectBuilder()
                .add("canAddDataverse", engine.canIssue(CreateCollectionCommand.class, context, on))
                .add("canAddDataset", engine.canIssue(CreateDatasetCommand.class, context, on))
                .add("canViewUnpublishedDataverse", edit)
                .add("canEditDataverse", edit)
                .add("canManageDataversePermissions", engine.canIssue(AssignRoleCommand.class, context, on))
                .add("canPublishDataverse", false)
                .add("canDeleteDataverse", collection.getParentId() != null
                        && engine.canIssue(org.samling.collection.control.DeleteCollectionCommand.class, context, on))
                .build());
    }
}
