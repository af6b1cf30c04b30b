package org.samling.export.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.samling.account.control.CurrentCaller;
import org.samling.dataset.control.DatasetReader;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.control.VisibleDataset;
import org.samling.dataset.entity.Dataset;
import org.samling.export.control.citation.CitationFormat;
import org.samling.export.control.citation.CitedWork;
import org.samling.export.control.citation.CslStyles;
import org.samling.platform.config.SamlingConfig;
import org.samling.platform.error.SamlingException;
import org.samling.platform.json.Json;
import org.samling.platform.rest.ApiResponses;

/**
 * A version's citation as its caller may see the version: text in Dataverse's shape, the
 * formats reference managers import, and CSL styles ({@code .../citation/CSL?style=apa}).
 */
@Path("datasets")
public class CitationResource {

    @Inject
    Datasets datasets;

    @Inject
    DatasetReader reader;

    @Inject
    CurrentCaller caller;

    @Inject
    SamlingConfig config;

    @GET
    @Path(":persistentId/versions/{version}/citation")
    public Response citation(@QueryParam("persistentId") String persistentId, @PathParam("version") String version) {
        return message(work(datasets.requireByGlobalId(persistentId), version));
    }

    @GET
    @Path("{id: [0-9]+}/versions/{version}/citation")
    public Response citationById(@PathParam("id") long id, @PathParam("version") String version) {
        return message(work(datasets.require(id), version));
    }

    @GET
    @Path(":persistentId/versions/{version}/citation/{format}")
    public Response inFormat(@QueryParam("persistentId") String persistentId, @PathParam("version") String version,
                             @PathParam("format") String format, @QueryParam("style") String style) {
        return formatted(work(datasets.requireByGlobalId(persistentId), version), format, style);
    }

    @GET
    @Path("{id: [0-9]+}/versions/{version}/citation/{format}")
    public Response inFormatById(@PathParam("id") long id, @PathParam("version") String version,
                                 @PathParam("format") String format, @QueryParam("style") String style) {
        return formatted(work(datasets.require(id), version), format, style);
    }

    private CitedWork work(Dataset dataset, String version) {
        VisibleDataset visible = reader.open(caller.context(), dataset, version);
        return CitedWork.of(visible, config.publisher());
    }

    private static Response message(CitedWork work) {
        return ApiResponses.ok(Json.createObjectBuilder().add("message", work.text()).build());
    }

    private static Response formatted(CitedWork work, String format, String style) {
        if ("CSL".equalsIgnoreCase(format)) {
            return Response.ok(CslStyles.format(work, style == null ? "apa" : style, "text"), "text/plain;charset=UTF-8").build();
        }
        CitationFormat chosen = CitationFormat.named(format).orElseThrow(() -> SamlingException.badRequest(
                "error.unknownCitationFormat", format, CitationFormat.names() + ", CSL"));
        String file = work.pid().identifier().replaceAll("[^A-Za-z0-9]", "-") + "." + chosen.extension();
        return Response.ok(chosen.write(work), chosen.mediaType() + ";charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"" + file + "\"").build();
    }
}
