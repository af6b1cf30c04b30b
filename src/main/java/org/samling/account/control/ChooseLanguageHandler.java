package org.samling.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.samling.platform.command.CommandHandler;
import org.samling.platform.error.SamlingException;
import org.samling.platform.i18n.Messages;

@ApplicationScoped
public class ChooseLanguageHandler implements CommandHandler<ChooseLanguageCommand, Void> {

    @Inject
    Accounts accounts;

    @Override
    public Void handle(ChooseLanguageCommand command) {
        var user = accounts.find(command.context().userId() == null ? -1 : command.context().userId())
                .orElseThrow(() -> SamlingException.forbidden("error.signInRequired"));
        user.setLanguage(Messages.supported(Locale.forLanguageTag(command.language())).getLanguage());
        return null;
    }
}
