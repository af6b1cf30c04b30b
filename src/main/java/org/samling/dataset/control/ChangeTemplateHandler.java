package org.samling.dataset.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.samling.platform.command.CommandHandler;
import org.samling.platform.error.SamlingException;
import org.samling.platform.persistence.Sql;

@ApplicationScoped
public class ChangeTemplateHandler implements CommandHandler<ChangeTemplateCommand, Void> {

    @Inject
    Sql sql;

    @Inject
    Templates templates;

    @Override
    public Void handle(ChangeTemplateCommand command) {
        long collectionId = command.collection().getId();
        switch (command.change()) {
            case NO_DEFAULT -> sql.update("update dataset_template set is_default = false where collection_id = ?",
                    collectionId);
            case MAKE_DEFAULT -> {
                Templates.Template template = own(command);
                sql.update("update dataset_template set is_default = (id = ?) where collection_id = ?", template.id(),
                        collectionId);
            }
            case DELETE -> sql.update("delete from dataset_template where id = ?", own(command).id());
        }
        return null;
    }

    private Templates.Template own(ChangeTemplateCommand command) {
        Templates.Template template = templates.require(command.templateId());
        if (template.collectionId() != command.collection().getId()) {
            throw SamlingException.notFound("error.templateNotFound", command.templateId());
        }
        return template;
    }
}
