package org.samling.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.samling.platform.command.CommandHandler;

/** Nothing to change: the engine's audit record is what using a link leaves behind. */
@ApplicationScoped
public class UseReviewLinkHandler implements CommandHandler<UseReviewLinkCommand, Void> {

    @Override
    public Void handle(UseReviewLinkCommand command) {
        return null;
    }
}
