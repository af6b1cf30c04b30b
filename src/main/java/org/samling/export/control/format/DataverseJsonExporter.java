package org.samling.export.control.format;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.samling.dataset.boundary.DatasetJson;
import org.samling.export.control.ExportRecord;
import org.samling.export.control.Exporter;

/**
 * The dataset in Dataverse's own JSON, what another Dataverse or Samling harvests to copy a
 * record whole. Over OAI-PMH it travels as that JSON inside one element.
 */
@ApplicationScoped
public class DataverseJsonExporter implements Exporter {

    public static final String NAMESPACE = "https://dataverse.org/schema/json";

    @Override
    public String name() {
        return "dataverse_json";
    }

    @Override
    public String displayName() {
        return "JSON";
    }

    @Override
    public String mediaType() {
        return "application/json";
    }

    @Override
    public Optional<OaiFormat> oai() {
        return Optional.of(new OaiFormat("dataverse_json", NAMESPACE, NAMESPACE + ".xsd", "1.0"));
    }

    @Override
    public String export(ExportRecord record) {
        return DatasetJson.of(record.visible(), record.files(), record.publisher()).toString();
    }
}
