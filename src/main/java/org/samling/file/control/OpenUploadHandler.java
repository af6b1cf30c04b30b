package org.samling.file.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.samling.platform.command.CommandHandler;

@ApplicationScoped
public class OpenUploadHandler implements CommandHandler<OpenUploadCommand, UploadSessions.Session> {

    @Inject
    UploadSessions sessions;

    @Override
    public UploadSessions.Session handle(OpenUploadCommand command) {
        return sessions.open(command.context(), command.dataset().getId(), command.fileName(),
                command.directoryLabel(), command.size());
    }
}
