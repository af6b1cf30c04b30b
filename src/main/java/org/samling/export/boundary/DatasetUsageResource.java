package org.samling.export.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.samling.account.control.CurrentCaller;
import org.samling.dataset.control.DatasetReader;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.entity.Dataset;
import org.samling.platform.json.Json;
import org.samling.platform.rest.ApiResponses;
import org.samling.platform.usage.UsageCounter;

/** A dataset's download count in Dataverse's shape, for a dataset the caller may see. */
@Path("datasets")
@Produces(MediaType.APPLICATION_JSON)
public class DatasetUsageResource {

    @Inject
    UsageCounter usage;

    @Inject
    Datasets datasets;

    @Inject
    DatasetReader reader;

    @Inject
    CurrentCaller caller;

    @GET
    @Path(":persistentId/download/count")
    public Response datasetByPid(@QueryParam("persistentId") String persistentId) {
        return dataset(datasets.requireByGlobalId(persistentId));
    }

    @GET
    @Path("{id: [0-9]+}/download/count")
    public Response datasetById(@PathParam("id") long id) {
        return dataset(datasets.require(id));
    }

    private Response dataset(Dataset dataset) {
        reader.open(caller.context(), dataset, null);
        return ApiResponses.ok(Json.createObjectBuilder().add("id", dataset.getId())
                .add("downloadCount", usage.datasetDownloads(dataset.getId())).build());
    }
}
