package org.samling.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.samling.platform.command.CommandHandler;
import org.samling.platform.error.SamlingException;
import org.samling.platform.persistence.Sql;

@ApplicationScoped
public class RevokeReviewLinkHandler implements CommandHandler<RevokeReviewLinkCommand, Integer> {

    @Inject
    Sql sql;

    @Override
    public Integer handle(RevokeReviewLinkCommand command) {
        int revoked = command.linkId() == null
                ? sql.update("update review_link set revoked_at = ? where dataset_id = ? and revoked_at is null",
                        command.context().time(), command.dataset().getId())
                : sql.update("update review_link set revoked_at = ? where dataset_id = ? and id = ? "
                        + "and revoked_at is null", command.context().time(), command.dataset().getId(), command.linkId());
        if (command.linkId() != null && revoked == 0) {
            throw SamlingException.notFound("error.reviewLinkNotFound", command.linkId());
        }
        return revoked;
    }
}
