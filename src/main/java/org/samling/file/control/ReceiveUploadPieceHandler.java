package org.samling.file.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.samling.platform.command.CommandHandler;

@ApplicationScoped
public class ReceiveUploadPieceHandler implements CommandHandler<ReceiveUploadPieceCommand, UploadSessions.Session> {

    @Inject
    UploadSessions sessions;

    @Override
    public UploadSessions.Session handle(ReceiveUploadPieceCommand command) {
        try {
            return sessions.append(command.context(), command.upload(), command.offset(), command.length(),
                    command.piece());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
