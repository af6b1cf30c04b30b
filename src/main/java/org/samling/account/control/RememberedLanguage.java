package org.samling.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.i18n.LanguageChosen;

/** When someone signed in picks a language on the site, their account keeps it for mail. */
@ApplicationScoped
public class RememberedLanguage {

    @Inject
    CurrentCaller caller;

    @Inject
    CommandEngine engine;

    void onChosen(@Observes LanguageChosen chosen) {
        if (caller.user().filter(user -> !chosen.language().equals(user.getLanguage())).isPresent()) {
            engine.submit(new ChooseLanguageCommand(caller.context(), chosen.language()));
        }
    }
}
