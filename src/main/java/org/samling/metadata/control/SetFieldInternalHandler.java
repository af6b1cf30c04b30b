package org.samling.metadata.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.samling.platform.command.CommandHandler;
import org.samling.platform.error.SamlingException;
import org.samling.platform.persistence.Sql;

@ApplicationScoped
public class SetFieldInternalHandler implements CommandHandler<SetFieldInternalCommand, Void> {

    @Inject
    Sql sql;

    @Inject
    MetadataBlocks blocks;

    @Inject
    Event<InternalFieldsChanged> changed;

    @Override
    public Void handle(SetFieldInternalCommand command) {
        if (blocks.field(command.field()).isEmpty()) {
            throw SamlingException.badRequest("error.unknownFieldName", command.field());
        }
        if (command.internal() == null) {
            sql.update("delete from collection_field_setting where collection_id = ? and field_name = ?",
                    command.collectionId(), command.field());
        } else {
            sql.update("insert into collection_field_setting (collection_id, field_name, internal) values (?, ?, ?) "
                    + "on conflict (collection_id, field_name) do update set internal = excluded.internal",
                    command.collectionId(), command.field(), command.internal());
        }
        changed.fire(new InternalFieldsChanged(command.collectionId()));
        return null;
    }
}
