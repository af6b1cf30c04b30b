package org.samling.file.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.samling.platform.persistence.Sql;

/** The stored text of a file. Callers must have asked {@link FileDownloads#authorize} first. */
@ApplicationScoped
public class ExtractedText {

    @Inject
    Sql sql;

    public Optional<String> of(long fileId) {
        return sql.one("select content from file_text where datafile_id = ?", row -> row.getString(1), fileId);
    }
}
