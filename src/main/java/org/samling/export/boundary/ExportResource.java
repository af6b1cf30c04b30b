package org.samling.export.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.samling.dataset.control.Datasets;
import org.samling.export.control.Exports;
import org.samling.platform.error.SamlingException;

/** {@code GET /api/datasets/export?exporter=NAME&persistentId=PID}: a published version's metadata in a standard format. */
@Path("datasets")
public class ExportResource {

    @Inject
    Exports exports;

    @Inject
    Datasets datasets;

    @GET
    @Path("export")
    public Response export(@QueryParam("exporter") String exporter, @QueryParam("persistentId") String persistentId,
                           @QueryParam("version") String version) {
        if (exporter == null || exporter.isBlank()) {
            throw SamlingException.badRequest("error.exporterRequired");
        }
        if (persistentId == null || persistentId.isBlank()) {
            throw SamlingException.badRequest("error.persistentIdRequired");
        }
        var export = exports.of(datasets.requireByGlobalId(persistentId), version, exporter);
        String type = export.exporter().mediaType();
        return Response.ok(export.body(), type.startsWith("text/") || type.endsWith("xml") || type.contains("json")
                ? type + ";charset=UTF-8" : type).build();
    }
}
