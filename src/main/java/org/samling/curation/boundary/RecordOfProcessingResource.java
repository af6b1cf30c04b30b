package org.samling.curation.boundary;

import jakarta.inject.Inject;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.samling.account.control.CurrentCaller;
import org.samling.collection.control.Collections;
import org.samling.collection.entity.Collection;
import org.samling.curation.control.RecordOfProcessing;
import org.samling.platform.context.RequestContext;
import org.samling.platform.csv.Csv;
import org.samling.platform.error.SamlingException;

/**
 * {@code GET /api/dataverses/{alias}/recordOfProcessing?format=csv|json}: the collection's record
 * of processing (GDPR Art. 30) over the datasets the caller curates, streamed as it is read.
 */
@Path("dataverses/{alias}/recordOfProcessing")
public class RecordOfProcessingResource {

    @Inject
    Collections collections;

    @Inject
    RecordOfProcessing record;

    @Inject
    CurrentCaller caller;

    @GET
    public Response export(@PathParam("alias") String alias, @QueryParam("format") @DefaultValue("csv") String format) {
        RequestContext context = caller.context();
        if (context.isGuest()) {
            throw SamlingException.unauthorized("error.apiKeyRequired");
        }
        Collection collection = collections.require(alias);
        String name = "record-of-processing-" + collection.getAlias() + "-" + context.today();
        if (format.equals("json")) {
            StreamingOutput json = out -> {
                try (JsonGenerator generator = jakarta.json.Json.createGenerator(out)) {
                    generator.writeStartObject().write("status", "OK").writeStartArray("data");
                    record.write(context, collection.getPath(), line -> {
                        generator.writeStartObject();
                        line.values().forEach(generator::write);
                        generator.writeEnd();
                    });
                    generator.writeEnd().writeEnd();
                }
            };
            return Response.ok(json, "application/json").header("Content-Disposition",
                    "attachment; filename=\"" + name + ".json\"").build();
        }
        if (!format.equals("csv")) {
            throw SamlingException.badRequest("error.badExportFormat", format, "csv, json");
        }
        StreamingOutput csv = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(Csv.row(RecordOfProcessing.COLUMNS));
            record.write(context, collection.getPath(), line -> {
                try {
                    writer.write(Csv.row(line.cells()));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            writer.flush();
        };
        return Response.ok(csv, "text/csv; charset=UTF-8").header("Content-Disposition",
                "attachment; filename=\"" + name + ".csv\"").build();
    }
}
