package org.samling.export.control.format;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.samling.export.control.ExportRecord;
import org.samling.export.control.Exporter;

/** DCMI Metadata Terms. */
@ApplicationScoped
public class DcTermsExporter implements Exporter {

    @Override
    public String name() {
        return "dcterms";
    }

    @Override
    public String displayName() {
        return "Dublin Core Terms";
    }

    @Override
    public String mediaType() {
        return "application/xml";
    }

    @Override
    public Optional<OaiFormat> xml() {
        return Optional.of(new OaiFormat("dcterms", DublinCore.DCTERMS, "http://dublincore.org/schemas/xmls/qdc/dcterms.xsd", "2.0"));
    }
    @Override
    public String export(ExportRecord record) {
        return DublinCore.dcTerms(record);
    }
}
