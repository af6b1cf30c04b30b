package org.samling.metadata.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.samling.platform.command.CommandHandler;
import org.samling.platform.error.SamlingException;
import org.samling.platform.persistence.Sql;

@ApplicationScoped
public class SetCollectionBlocksHandler implements CommandHandler<SetCollectionBlocksCommand, Void> {

    @Inject
    Sql sql;

    @Inject
    MetadataBlocks blocks;

    @Override
    public Void handle(SetCollectionBlocksCommand command) {
        for (String name : command.blocks()) {
            if (blocks.block(name).isEmpty()) {
                throw SamlingException.badRequest("error.unknownBlock", name);
            }
        }
        if (!command.blocks().isEmpty() && !command.blocks().contains("citation")) {
            throw SamlingException.badRequest("error.citationBlockRequired");
        }
        sql.update("delete from collection_metadata_block where collection_id = ?", command.collectionId());
        command.blocks().stream().distinct().forEach(name -> sql.update(
                "insert into collection_metadata_block (collection_id, block_name) values (?, ?)",
                command.collectionId(), name));
        return null;
    }
}
