package org.samling.dataset.control;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.samling.dataset.entity.Dataset;
import org.samling.dataset.entity.DatasetMetadata;
import org.samling.dataset.entity.DatasetVersion;

/**
 * The line to cite a dataset by, in the Dataverse form:
 * {@code Authors, Year, "Title", https://doi.org/..., Publisher, V1}.
 */
public final class Citation {

    private Citation() {
    }

    public static String of(VisibleDataset visible, String publisher) {
        return of(visible.dataset(), visible.version(), visible.metadata(), publisher);
    }

    public static String of(Dataset dataset, DatasetVersion version, String publisher) {
        return of(dataset, version, version.metadata(), publisher);
    }

    public static String of(Dataset dataset, DatasetVersion version, DatasetMetadata metadata, String publisher) {
        List<String> authors = metadata.citation().authorNames();
        Instant published = dataset.getPublicationDate() != null ? dataset.getPublicationDate() : Instant.now();
        int year = published.atZone(ZoneOffset.UTC).getYear();
        StringBuilder line = new StringBuilder();
        if (!authors.isEmpty()) {
            line.append(String.join("; ", authors)).append(", ");
        }
        line.append(year).append(", \"").append(version.getTitle()).append("\", ")
                .append(dataset.getGlobalId().url()).append(", ").append(publisher).append(", ")
                .append(versionLabel(version));
        return line.toString();
    }

    /** "V1", "V1.2", or "DRAFT VERSION". */
    public static String versionLabel(DatasetVersion version) {
        if (version.isDraft()) {
            return "DRAFT VERSION";
        }
        return version.getMinorVersionNumber() == 0 ? "V" + version.getVersionNumber()
                : "V" + version.getVersionNumber() + "." + version.getMinorVersionNumber();
    }
}
