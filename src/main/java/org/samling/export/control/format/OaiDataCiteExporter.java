package org.samling.export.control.format;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.samling.export.control.ExportRecord;
import org.samling.export.control.Exporter;

/** DataCite 4.5 for OAI-PMH harvesters such as OpenAIRE (prefix {@code oai_datacite}). */
@ApplicationScoped
public class OaiDataCiteExporter implements Exporter {

    @Override
    public String name() {
        return "oai_datacite";
    }

    @Override
    public String displayName() {
        return "OpenAIRE (DataCite 4)";
    }

    @Override
    public String mediaType() {
        return "application/xml";
    }

    @Override
    public Optional<OaiFormat> oai() {
        return Optional.of(new OaiFormat("oai_datacite", DataCite.NAMESPACE, DataCite.SCHEMA, "4.5"));
    }
    @Override
    public String export(ExportRecord record) {
        return DataCite.resource(record);
    }
}
