package org.samling.export.control.format;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.samling.export.control.ExportRecord;
import org.samling.export.control.Exporter;

/** The DDI codebook as an HTML page to read or print. */
@ApplicationScoped
public class HtmlCodebookExporter implements Exporter {

    @Override
    public String name() {
        return "html";
    }

    @Override
    public String displayName() {
        return "DDI HTML Codebook";
    }

    @Override
    public String mediaType() {
        return "text/html";
    }

    @Override
    public String export(ExportRecord record) {
        return HtmlCodebook.page(record);
    }
}
