package org.samling.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.samling.account.entity.ApiToken;
import org.samling.platform.command.CommandHandler;
import org.samling.platform.error.SamlingException;

@ApplicationScoped
public class RecreateApiTokenHandler implements CommandHandler<RecreateApiTokenCommand, RecreateApiTokenCommand.Issued> {

    @Inject
    ApiTokens tokens;

    @Inject
    Accounts accounts;

    @Override
    public RecreateApiTokenCommand.Issued handle(RecreateApiTokenCommand command) {
        ApiToken old = tokens.active(command.presented())
                .filter(token -> token.getUserId().equals(command.context().userId()))
                .orElseThrow(() -> SamlingException.unauthorized("error.badApiKey"));
        old.disable();
        String token = tokens.issue(accounts.find(old.getUserId()).orElseThrow());
        return new RecreateApiTokenCommand.Issued(token, tokens.active(token).orElseThrow().getExpiresAt());
    }
}
