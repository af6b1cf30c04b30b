package org.samling.export.control.format;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.samling.export.control.ExportRecord;
import org.samling.export.control.Exporter;

/** An OAI-ORE resource map of the dataset and its files. */
@ApplicationScoped
public class OaiOreExporter implements Exporter {

    @Override
    public String name() {
        return "OAI_ORE";
    }

    @Override
    public String displayName() {
        return "OAI_ORE";
    }

    @Override
    public String mediaType() {
        return "application/ld+json";
    }

    @Override
    public String export(ExportRecord record) {
        return OaiOre.map(record).toString();
    }
}
