package org.samling.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.samling.platform.command.CommandHandler;

/** Starts the rebuild (or reports the one already running). */
@ApplicationScoped
public class RebuildIndexHandler implements CommandHandler<RebuildIndexCommand, IndexState> {

    @Inject
    IndexRebuild rebuild;

    @Override
    public IndexState handle(RebuildIndexCommand command) {
        return rebuild.start();
    }
}
