package org.samling.file.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.text.NumberFormat;
import java.util.Locale;
import org.samling.account.control.CurrentCaller;
import org.samling.dataset.boundary.DatasetAddress;
import org.samling.dataset.control.DatasetReader;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.control.VisibleDataset;
import org.samling.file.control.FileTable;
import org.samling.platform.error.SamlingException;
import org.samling.platform.json.Json;
import org.samling.platform.rest.ApiResponses;

/**
 * Dataverse's {@code downloadsize}: the bytes of every file of the version (under the listing's
 * filters, when given), whoever may open them, as Dataverse counts. Samling keeps originals only,
 * so every {@code mode} is the same size.
 */
@Path("datasets/" + DatasetAddress.PATH + "/versions/{version}/downloadsize")
@Produces(MediaType.APPLICATION_JSON)
public class VersionDownloadSizeResource {

    @Inject
    Datasets datasets;

    @Inject
    DatasetReader reader;

    @Inject
    FileTable table;

    @Inject
    CurrentCaller caller;

    @GET
    public Response size(@PathParam("id") String id, @QueryParam("persistentId") String persistentId,
                         @PathParam("version") String version, @QueryParam("mode") String mode,
                         @QueryParam("categoryName") String category, @QueryParam("searchText") String searchText,
                         @QueryParam("contentType") String typeGroup, @QueryParam("accessStatus") String access) {
        if (mode != null && !mode.isBlank() && !java.util.Set.of("All", "Original", "Archival").contains(mode)) {
            throw SamlingException.badRequest("error.badDownloadSizeMode", mode);
        }
        VisibleDataset visible = reader.open(caller.context(), DatasetAddress.resolve(datasets, id, persistentId), version);
        long bytes = table.size(VersionFilesResource.query(visible, 0, Integer.MAX_VALUE, "label", false, category,
                searchText, typeGroup, access));
        return ApiResponses.ok(Json.createObjectBuilder()
                .add("storageSize", bytes)
                .add("message", "Total size of the files available for download in this version of the dataset: "
                        + NumberFormat.getIntegerInstance(Locale.ROOT).format(bytes) + " bytes")
                .build());
    }
}
