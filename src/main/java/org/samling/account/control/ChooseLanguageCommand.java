package org.samling.account.control;

import org.samling.authz.OpenCommand;
import org.samling.platform.command.Command;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.context.RequestContext;

/** Remembers the language the caller reads, for the mail and notifications they are sent. */
@OpenCommand("It changes only the caller's own account")
public record ChooseLanguageCommand(RequestContext context, String language) implements Command<Void> {

    @Override
    public ObjectRef target() {
        return null;
    }

    @Override
    public String auditDetails() {
        return "language=" + language;
    }
}
