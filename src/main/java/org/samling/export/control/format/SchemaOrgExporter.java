package org.samling.export.control.format;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.samling.export.control.ExportRecord;
import org.samling.export.control.Exporter;

/** schema.org Dataset in JSON-LD, as search engines read it. */
@ApplicationScoped
public class SchemaOrgExporter implements Exporter {

    @Override
    public String name() {
        return "schema.org";
    }

    @Override
    public String displayName() {
        return "Schema.org JSON-LD";
    }

    @Override
    public String mediaType() {
        return "application/ld+json";
    }

    @Override
    public String export(ExportRecord record) {
        return SchemaOrg.dataset(record).toString();
    }
}
