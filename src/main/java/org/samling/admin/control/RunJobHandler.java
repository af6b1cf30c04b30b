package org.samling.admin.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.samling.platform.command.CommandHandler;
import org.samling.platform.error.SamlingException;

/** Accepts the run of a known job; {@link Jobs} runs it once the acceptance is recorded. */
@ApplicationScoped
public class RunJobHandler implements CommandHandler<RunJobCommand, Void> {

    @Override
    public Void handle(RunJobCommand command) {
        if (!Jobs.NAMES.contains(command.job())) {
            throw SamlingException.notFound("error.unknownJob", command.job(), String.join(", ", Jobs.NAMES));
        }
        return null;
    }
}
