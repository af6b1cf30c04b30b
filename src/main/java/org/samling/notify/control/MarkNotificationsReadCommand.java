package org.samling.notify.control;

import org.samling.authz.OpenCommand;
import org.samling.platform.command.Command;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.context.RequestContext;

/** Marks the caller's own notifications read; returns how many were unread. */
@OpenCommand("It touches only the caller's own notifications")
public record MarkNotificationsReadCommand(RequestContext context) implements Command<Integer> {

    @Override
    public ObjectRef target() {
        return null;
    }
}
