package org.samling.export.control.format;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.samling.export.control.ExportRecord;
import org.samling.export.control.Exporter;

/** DataCite 4.5, the metadata a DOI is registered with. */
@ApplicationScoped
public class DataCiteExporter implements Exporter {

    @Override
    public String name() {
        return "Datacite";
    }

    @Override
    public String displayName() {
        return "DataCite 4";
    }

    @Override
    public String mediaType() {
        return "application/xml";
    }

    @Override
    public Optional<OaiFormat> xml() {
        return Optional.of(new OaiFormat("Datacite", DataCite.NAMESPACE, DataCite.SCHEMA, "4.5"));
    }
    @Override
    public String export(ExportRecord record) {
        return DataCite.resource(record);
    }
}
