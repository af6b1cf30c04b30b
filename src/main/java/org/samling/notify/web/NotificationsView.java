package org.samling.notify.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.samling.account.control.CurrentCaller;
import org.samling.notify.control.MarkNotificationsReadCommand;
import org.samling.notify.control.Notifications;
import org.samling.platform.command.CommandEngine;

/** {@code notifications.xhtml}, and the count of unread ones in the page header. */
@Named
@RequestScoped
public class NotificationsView {

    @Inject
    Notifications notifications;

    @Inject
    CurrentCaller caller;

    @Inject
    CommandEngine engine;

    private List<Notifications.Row> rows;
    private Long unread;

    public List<Notifications.Row> getRows() {
        if (rows == null) {
            rows = notifications.mine(caller.context(), 200);
        }
        return rows;
    }

    public long getUnread() {
        if (unread == null) {
            unread = caller.user().isPresent() ? notifications.unread(caller.context()) : 0L;
        }
        return unread;
    }

    public void markAllRead() {
        engine.submit(new MarkNotificationsReadCommand(caller.context()));
        rows = null;
        unread = null;
    }
}
