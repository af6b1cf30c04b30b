package org.samling.export.control.format;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.samling.export.control.ExportRecord;
import org.samling.export.control.Exporter;

/** DDI Codebook 2.5, for the catalogues of social-science archives. */
@ApplicationScoped
public class DdiExporter implements Exporter {

    @Override
    public String name() {
        return "ddi";
    }

    @Override
    public String displayName() {
        return "DDI Codebook v2";
    }

    @Override
    public String mediaType() {
        return "application/xml";
    }

    @Override
    public Optional<OaiFormat> xml() {
        return Optional.of(new OaiFormat("ddi", Ddi.NAMESPACE, Ddi.SCHEMA, "2.5"));
    }
    @Override
    public String export(ExportRecord record) {
        return Ddi.codebook(record);
    }
}
