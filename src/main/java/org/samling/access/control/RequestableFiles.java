package org.samling.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.entity.Dataset;
import org.samling.dataset.entity.DatasetVersion;
import org.samling.authz.FileAccess;
import org.samling.file.control.FileRow;
import org.samling.file.control.FileTable;
import org.samling.platform.error.SamlingException;

/**
 * The files of a dataset's published version someone may ask for (restricted, neither
 * embargoed nor closed), and the terms that come with them.
 */
@ApplicationScoped
public class RequestableFiles {

    @Inject
    Datasets datasets;

    @Inject
    FileTable table;

    public record Selection(DatasetVersion version, List<FileRow> files, String terms) {
    }

    /** @param wanted file ids, or empty for every requestable file */
    public Selection select(Dataset dataset, List<Long> wanted) {
        DatasetVersion released = datasets.released(dataset)
                .orElseThrow(() -> SamlingException.badRequest("error.requestUnpublished"));
        List<FileRow> chosen = wanted.isEmpty() ? table.withAccess(released.getId(), FileAccess.RESTRICTED)
                : table.some(released.getId(), wanted);
        for (FileRow file : chosen) {
            if (!file.isRequestable()) {
                throw SamlingException.badRequest("error.notRequestable", file.label());
            }
        }
        if (!wanted.isEmpty() && chosen.size() != wanted.stream().distinct().count()) {
            throw SamlingException.notFound("error.fileNotFound", wanted);
        }
        if (chosen.isEmpty()) {
            throw SamlingException.badRequest("error.nothingToRequest");
        }
        return new Selection(released, chosen, terms(released, chosen));
    }

    /** The dataset's terms of access and data use agreement, then any file's own terms. */
    public static String terms(DatasetVersion version, List<FileRow> files) {
        StringBuilder terms = new StringBuilder();
        if (version.getTermsOfAccess() != null) {
            terms.append(version.getTermsOfAccess().strip());
        }
        if (version.getDataUseAgreement() != null) {
            terms.append(terms.isEmpty() ? "" : "\n\n").append(version.getDataUseAgreement().strip());
        }
        files.stream().filter(f -> f.termsOfAccess() != null).forEach(f ->
                terms.append(terms.isEmpty() ? "" : "\n\n").append(f.label()).append(": ").append(f.termsOfAccess()));
        return terms.toString();
    }
}
