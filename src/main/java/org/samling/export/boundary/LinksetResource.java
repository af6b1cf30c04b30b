package org.samling.export.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.entity.Dataset;
import org.samling.export.control.ExportRecord;
import org.samling.export.control.ExportRecords;
import org.samling.export.control.Exporters;
import org.samling.export.control.Signposts;
import org.samling.platform.json.Json;
import org.samling.platform.rest.ApiResponses;

/** {@code GET /api/datasets/:persistentId/linkset}: the published version's Signposting links, every public file among them. */
@Path("datasets")
public class LinksetResource {

    @Inject
    Datasets datasets;

    @Inject
    ExportRecords records;

    @Inject
    Exporters exporters;

    @GET
    @Path(":persistentId/linkset")
    public Response byPid(@QueryParam("persistentId") String persistentId) {
        return linkset(datasets.requireByGlobalId(persistentId));
    }

    @GET
    @Path("{id: [0-9]+}/linkset")
    public Response byId(@PathParam("id") long id) {
        return linkset(datasets.require(id));
    }

    private Response linkset(Dataset dataset) {
        ExportRecord record = records.withPublicFiles(dataset, null, Integer.MAX_VALUE);
        Map<String, JsonArrayBuilder> byRelation = new LinkedHashMap<>();
        List<Signposts.Link> links = Signposts.of(record, exporters.all(), Integer.MAX_VALUE);
        for (Signposts.Link link : links) {
            JsonObjectBuilder target = Json.createObjectBuilder().add("href", link.target());
            if (link.type() != null) {
                target.add("type", link.type());
            }
            byRelation.computeIfAbsent(link.rel(), rel -> Json.createArrayBuilder()).add(target);
        }
        JsonObjectBuilder anchor = Json.createObjectBuilder().add("anchor", record.landingUrl());
        byRelation.forEach(anchor::add);
        return ApiResponses.ok(Json.createObjectBuilder().add("linkset", Json.createArrayBuilder().add(anchor)).build());
    }
}
