package org.samling.pid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.samling.platform.command.CommandHandler;
import org.samling.platform.error.SamlingException;
import org.samling.platform.persistence.Sql;

/** Returns the provider in force for the collection afterwards. Existing datasets keep theirs. */
@ApplicationScoped
public class SetPidProviderHandler implements CommandHandler<SetPidProviderCommand, String> {

    @Inject
    Sql sql;

    @Inject
    PidProviders providers;

    @Inject
    PidService service;

    @Override
    public String handle(SetPidProviderCommand command) {
        String name = command.provider();
        if (name != null && providers.find(name).isEmpty()) {
            throw SamlingException.badRequest("error.unknownPidProvider", name, String.join(", ", providers.names()));
        }
        sql.update("update collection set pid_provider = ? where id = ?", name, command.collection().getId());
        return service.providerName(command.collection().getId());
    }
}
