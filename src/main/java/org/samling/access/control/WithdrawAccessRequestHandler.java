package org.samling.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.samling.access.entity.AccessRequest;
import org.samling.platform.command.CommandHandler;
import org.samling.platform.error.SamlingException;

@ApplicationScoped
public class WithdrawAccessRequestHandler implements CommandHandler<WithdrawAccessRequestCommand, Void> {

    @Inject
    AccessRequests requests;

    @Override
    public Void handle(WithdrawAccessRequestCommand command) {
        AccessRequest request = requests.requireOwn(command.context().userId(), command.requestId());
        if (!request.getDatasetId().equals(command.dataset().getId())) {
            throw SamlingException.notFound("error.requestNotFound", command.requestId());
        }
        if (!request.getState().isOpen()) {
            throw SamlingException.conflict("error.requestDecided", request.getId(), request.getState().name());
        }
        request.withdrawn(command.context().time());
        return null;
    }
}
