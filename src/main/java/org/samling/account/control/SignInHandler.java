package org.samling.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.samling.account.entity.AppUser;
import org.samling.platform.command.CommandHandler;
import org.samling.platform.error.SamlingException;

@ApplicationScoped
public class SignInHandler implements CommandHandler<SignInCommand, Long> {

    @Inject
    Accounts accounts;

    @Override
    public Long handle(SignInCommand command) {
        AppUser user = accounts.authenticate(command.usernameOrEmail(), command.password())
                .filter(account -> !account.isGuest())
                .orElseThrow(() -> SamlingException.unauthorized("login.failed"));
        if (user.getLanguage() == null) {
            user.setLanguage(command.context().language());
        }
        return user.getId();
    }
}
