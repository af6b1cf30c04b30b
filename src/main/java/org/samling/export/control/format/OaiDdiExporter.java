package org.samling.export.control.format;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.samling.export.control.ExportRecord;
import org.samling.export.control.Exporter;

/** DDI Codebook 2.5 as OAI-PMH harvesters ask for it (prefix {@code oai_ddi}). */
@ApplicationScoped
public class OaiDdiExporter implements Exporter {

    @Override
    public String name() {
        return "oai_ddi";
    }

    @Override
    public String displayName() {
        return "DDI Codebook v2 (OAI-PMH)";
    }

    @Override
    public String mediaType() {
        return "application/xml";
    }

    @Override
    public Optional<OaiFormat> oai() {
        return Optional.of(new OaiFormat("oai_ddi", Ddi.NAMESPACE, Ddi.SCHEMA, "2.5"));
    }
    @Override
    public String export(ExportRecord record) {
        return Ddi.codebook(record);
    }
}
