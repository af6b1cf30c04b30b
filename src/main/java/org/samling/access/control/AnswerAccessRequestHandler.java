package org.samling.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.samling.access.entity.AcceptedTerms;
import org.samling.access.entity.AccessRequest;
import org.samling.access.entity.RequestDetails;
import org.samling.access.entity.RequestState;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.entity.Dataset;
import org.samling.platform.command.CommandHandler;
import org.samling.platform.error.SamlingException;

@ApplicationScoped
public class AnswerAccessRequestHandler implements CommandHandler<AnswerAccessRequestCommand, Void> {

    @Inject
    AccessRequests requests;

    @Inject
    RequestableFiles requestable;

    @Inject
    RequestAccessHandler requestHandler;

    @Inject
    Datasets datasets;

    @Override
    public Void handle(AnswerAccessRequestCommand command) {
        AccessRequest request = requests.requireOwn(command.context().userId(), command.requestId());
        if (!request.getDatasetId().equals(command.dataset().getId())) {
            throw SamlingException.notFound("error.requestNotFound", command.requestId());
        }
        if (request.getState() != RequestState.RETURNED) {
            throw SamlingException.conflict("error.requestNotReturned", request.getId());
        }
        RequestDetails details = command.details().withEmailOr(request.getEmail());
        RequestValidation.validate(details, command.termsAccepted());
        Dataset dataset = datasets.require(request.getDatasetId());
        RequestableFiles.Selection selection = requestable.select(dataset, requests.files(request.getId()));
        request.answered(details, AcceptedTerms.of(selection.version().getId(), selection.terms()),
                command.context().time());
        requestHandler.tellCurators(request, selection.version().getTitle(), command.context().time());
        return null;
    }
}
