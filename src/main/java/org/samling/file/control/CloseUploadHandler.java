package org.samling.file.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.samling.platform.command.CommandHandler;

@ApplicationScoped
public class CloseUploadHandler implements CommandHandler<CloseUploadCommand, Void> {

    @Inject
    UploadSessions sessions;

    @Override
    public Void handle(CloseUploadCommand command) {
        sessions.find(command.context(), command.upload());
        sessions.close(command.upload());
        return null;
    }
}
