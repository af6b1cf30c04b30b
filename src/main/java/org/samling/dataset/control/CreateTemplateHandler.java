package org.samling.dataset.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.samling.dataset.entity.DatasetMetadata;
import org.samling.platform.command.CommandHandler;
import org.samling.platform.error.SamlingException;
import org.samling.platform.error.ValidationException;
import org.samling.platform.persistence.Sql;

@ApplicationScoped
public class CreateTemplateHandler implements CommandHandler<CreateTemplateCommand, Long> {

    static final List<String> LEFT_TO_THE_DEPOSITOR = List.of("validation.fieldRequired", "validation.partRequired",
            "validation.titleRequired", "validation.authorRequired", "validation.descriptionRequired",
            "validation.subjectRequired", "validation.contactRequired");

    @Inject
    Sql sql;

    @Inject
    MetadataRules rules;

    @Inject
    Licenses licenses;

    @Override
    public Long handle(CreateTemplateCommand command) {
        String name = command.name() == null ? "" : command.name().strip();
        if (name.isEmpty() || name.length() > 255) {
            throw SamlingException.badRequest("error.templateName");
        }
        long collectionId = command.collection().getId();
        var violations = rules.violations(collectionId, DatasetMetadata.fromBlocks(command.blocks(), null)).stream()
                .filter(v -> !LEFT_TO_THE_DEPOSITOR.contains(v.messageKey())).toList();
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        String license = command.license() == null ? null : licenses.chosen(command.license()).displayName();
        if (sql.count("select count(*) from dataset_template where collection_id = ? and name = ?", collectionId, name) > 0) {
            throw SamlingException.conflict("error.templateExists", name);
        }
        if (command.makeDefault()) {
            sql.update("update dataset_template set is_default = false where collection_id = ?", collectionId);
        }
        return sql.one("""
                insert into dataset_template (collection_id, name, metadata, license, terms_of_access, terms_of_use,
                                              instructions, is_default, created_at)
                values (?, ?, ?::jsonb, ?, ?, ?, ?::jsonb, ?, ?) returning id
                """, row -> row.getLong(1), collectionId, name, command.blocks().toString(), license,
                command.termsOfAccess(), command.termsOfUse(), command.instructions().toString(), command.makeDefault(),
                java.sql.Timestamp.from(command.context().time())).orElseThrow();
    }
}
