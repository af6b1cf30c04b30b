package org.samling.access.control;

import org.samling.authz.ReviewLinks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.entity.DatasetVersion;
import org.samling.file.control.FileQuery;
import org.samling.file.control.FileRow;
import org.samling.file.control.FileTable;
import org.samling.platform.command.CommandHandler;
import org.samling.platform.error.SamlingException;
import org.samling.platform.persistence.Sql;

@ApplicationScoped
public class CreateReviewLinkHandler implements CommandHandler<CreateReviewLinkCommand, CreateReviewLinkCommand.Created> {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Datasets datasets;

    @Inject
    FileTable table;

    @Inject
    Sql sql;

    @Override
    public CreateReviewLinkCommand.Created handle(CreateReviewLinkCommand command) {
        if (command.expires() == null || !command.expires().isAfter(command.context().time())) {
            throw SamlingException.badRequest("error.expiryInPast");
        }
        DatasetVersion draft = datasets.draft(command.dataset())
                .orElseThrow(() -> SamlingException.conflict("error.noDraftToReview"));
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        String token = HexFormat.of().formatHex(random);
        List<String> hidden = command.hiddenFields() == null ? List.of() : command.hiddenFields();
        long id = sql.one("insert into review_link (dataset_id, token_sha256, anonymised, hidden_fields, all_files, "
                        + "created_by, expires_at) values (?, ?, ?, ?, ?, ?, ?) returning id", row -> row.getLong(1),
                command.dataset().getId(), ReviewLinks.sha256(token), command.anonymised(), Sql.texts(hidden),
                command.fileIds() == null, command.context().userId(), command.expires()).orElseThrow();
        if (command.fileIds() != null) {
            List<Long> inDraft = table.page(FileQuery.all(draft.getId())).stream().map(FileRow::id).toList();
            for (Long fileId : command.fileIds()) {
                if (!inDraft.contains(fileId)) {
                    throw SamlingException.notFound("error.fileNotFound", fileId);
                }
                sql.update("insert into review_link_file (link_id, datafile_id) values (?, ?)", id, fileId);
            }
        }
        return new CreateReviewLinkCommand.Created(id, token);
    }
}
