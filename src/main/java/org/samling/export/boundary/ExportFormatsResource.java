package org.samling.export.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.samling.export.control.Exporter;
import org.samling.export.control.Exporters;
import org.samling.platform.json.Json;
import org.samling.platform.rest.ApiResponses;

/** {@code GET /api/info/exportFormats}: every exporter, in Dataverse's shape. */
@Path("info/exportFormats")
@Produces(MediaType.APPLICATION_JSON)
public class ExportFormatsResource {

    @Inject
    Exporters exporters;

    @GET
    public Response formats() {
        JsonObjectBuilder all = Json.createObjectBuilder();
        for (Exporter exporter : exporters.all()) {
            JsonObjectBuilder format = Json.createObjectBuilder()
                    .add("displayName", exporter.displayName())
                    .add("mediaType", exporter.mediaType())
                    .add("isHarvestable", exporter.oai().isPresent())
                    .add("isVisibleInUserInterface", true);
            exporter.xml().ifPresent(xml -> format.add("XMLNameSpace", xml.namespace())
                    .add("XMLSchemaLocation", xml.schema()).add("XMLSchemaVersion", xml.schemaVersion()));
            all.add(exporter.name(), format);
        }
        return ApiResponses.ok(all.build());
    }
}
