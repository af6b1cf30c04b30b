package org.samling.export.control;

import java.util.Optional;

/** One metadata format a published version is exported in, under Dataverse's exporter name. */
public interface Exporter {

    /** The name Dataverse gives it ({@code ddi}, {@code Datacite}, {@code schema.org} ...). */
    String name();

    String displayName();

    String mediaType();

    /** The OAI-PMH metadata format it is harvested as, when it is one. */
    default Optional<OaiFormat> oai() {
        return Optional.empty();
    }

    /** Its namespace and schema, for an XML format. */
    default Optional<OaiFormat> xml() {
        return oai();
    }

    String export(ExportRecord record);

    /** @param prefix the OAI-PMH metadataPrefix */
    record OaiFormat(String prefix, String namespace, String schema, String schemaVersion) {
    }
}
