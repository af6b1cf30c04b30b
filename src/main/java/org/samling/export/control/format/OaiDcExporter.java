package org.samling.export.control.format;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.samling.export.control.ExportRecord;
import org.samling.export.control.Exporter;

/** Simple Dublin Core as OAI-PMH requires it of every repository (prefix {@code oai_dc}). */
@ApplicationScoped
public class OaiDcExporter implements Exporter {

    @Override
    public String name() {
        return "oai_dc";
    }

    @Override
    public String displayName() {
        return "Dublin Core";
    }

    @Override
    public String mediaType() {
        return "application/xml";
    }

    @Override
    public Optional<OaiFormat> oai() {
        return Optional.of(new OaiFormat("oai_dc", DublinCore.OAI_DC, DublinCore.OAI_DC_SCHEMA, "2.0"));
    }
    @Override
    public String export(ExportRecord record) {
        return DublinCore.oaiDc(record);
    }
}
