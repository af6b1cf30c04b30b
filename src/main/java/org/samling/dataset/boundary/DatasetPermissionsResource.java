package org.samling.dataset.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.samling.account.control.CurrentCaller;
import org.samling.authz.Permission;
import org.samling.dataset.control.DatasetReader;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.control.VisibleDataset;
import org.samling.platform.json.Json;
import org.samling.platform.rest.ApiResponses;

/** Dataverse's {@code userPermissions} on a dataset: what the caller may do with it, for a client to show or hide its actions. */
@Path("datasets")
@Produces(MediaType.APPLICATION_JSON)
public class DatasetPermissionsResource {

    @Inject
    Datasets datasets;

    @Inject
    DatasetReader reader;

    @Inject
    CurrentCaller caller;

    @GET
    @Path(DatasetAddress.PATH + "/userPermissions")
    public Response userPermissions(@PathParam("id") String id, @QueryParam("persistentId") String persistentId) {
        VisibleDataset visible = reader.open(caller.context(), DatasetAddress.resolve(datasets, id, persistentId), null);
        return ApiResponses.ok(Json.createObjectBuilder()
                .add("canViewUnpublishedDataset", visible.can(Permission.VIEW_UNPUBLISHED))
                .add("canEditDataset", visible.can(Permission.EDIT_DATASET))
                .add("canPublishDataset", visible.can(Permission.PUBLISH_DATASET))
                .add("canManageDatasetPermissions", visible.can(Permission.MANAGE_PERMISSIONS))
                .add("canManageFilesPermissions", visible.can(Permission.MANAGE_ACCESS))
                .add("canDeleteDatasetDraft", visible.can(Permission.EDIT_DATASET) && visible.version().isDraft())
                .build());
    }
}
