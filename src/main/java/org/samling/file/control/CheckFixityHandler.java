package org.samling.file.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.samling.platform.command.CommandHandler;

@ApplicationScoped
public class CheckFixityHandler implements CommandHandler<CheckFixityCommand, List<FixityCheck.Outcome>> {

    @Inject
    FixityCheck fixity;

    @Override
    public List<FixityCheck.Outcome> handle(CheckFixityCommand command) {
        return fixity.checkOldest(command.batch(), command.context().time());
    }
}
