package org.samling.file.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.samling.platform.command.CommandHandler;

@ApplicationScoped
public class SweepStoreHandler implements CommandHandler<SweepStoreCommand, StoreSweeper.Result> {

    @Inject
    StoreSweeper sweeper;

    @Override
    public StoreSweeper.Result handle(SweepStoreCommand command) {
        try {
            return sweeper.sweep(command.context().time(), Housekeeping.STAGING_AGE, command.grace());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
