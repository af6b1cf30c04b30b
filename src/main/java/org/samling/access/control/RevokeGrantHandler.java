package org.samling.access.control;

import org.samling.platform.i18n.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.samling.access.entity.AccessGrant;
import org.samling.notify.control.Notifier;
import org.samling.platform.command.CommandHandler;
import org.samling.platform.error.SamlingException;
import org.samling.platform.i18n.Messages;

@ApplicationScoped
public class RevokeGrantHandler implements CommandHandler<RevokeGrantCommand, Void> {

    @PersistenceContext
    EntityManager em;

    @Inject
    Notifier notifier;

    @Override
    public Void handle(RevokeGrantCommand command) {
        AccessGrant grant = em.find(AccessGrant.class, command.grantId());
        if (grant == null || !grant.getDatasetId().equals(command.dataset().getId())) {
            throw SamlingException.notFound("error.grantNotFound", command.grantId());
        }
        if (grant.getRevokedAt() != null) {
            throw SamlingException.conflict("error.grantAlreadyRevoked", grant.getId());
        }
        grant.revoke(command.context().time());
        notifier.tell(grant.getUserId(), "ACCESS_REVOKED", Text.of("mail.revokedSubject"),
                Text.of("mail.revokedBody", grant.getDataFileId()), "/my-access.xhtml", command.context().time());
        return null;
    }
}
