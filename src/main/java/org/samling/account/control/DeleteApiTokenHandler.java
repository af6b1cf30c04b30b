package org.samling.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.samling.platform.command.CommandHandler;
import org.samling.platform.error.SamlingException;

@ApplicationScoped
public class DeleteApiTokenHandler implements CommandHandler<DeleteApiTokenCommand, Void> {

    @Inject
    ApiTokens tokens;

    @Override
    public Void handle(DeleteApiTokenCommand command) {
        tokens.active(command.presented())
                .filter(token -> token.getUserId().equals(command.context().userId()))
                .orElseThrow(() -> SamlingException.unauthorized("error.badApiKey"))
                .disable();
        return null;
    }
}
