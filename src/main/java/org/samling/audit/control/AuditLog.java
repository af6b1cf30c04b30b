package org.samling.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.samling.access.entity.ObjectRef;
import org.samling.audit.entity.AuditEvent;
import org.samling.platform.command.Command;
import org.samling.platform.context.RequestContext;

/** Appends to the audit log; the table refuses updates and deletes. */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Command<?> command) {
        ObjectRef target = command.target();
        String action = command.getClass().getSimpleName().replaceFirst("Command$", "");
        Long dataset = target != null && target.kind() == ObjectRef.Kind.DATASET ? target.id() : null;
        append(command.context(), action, target == null ? null : target.kind().name(),
                target == null ? null : target.id(), command.auditDetails(), dataset);
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public void append(RequestContext context, String action, String targetType, Long targetId, String details) {
        append(context, action, targetType, targetId, details, null);
    }

    /** @param datasetId the dataset the event belongs to, for its access history */
    @Transactional(Transactional.TxType.REQUIRED)
    public void append(RequestContext context, String action, String targetType, Long targetId, String details,
                       Long datasetId) {
        em.persist(new AuditEvent(Instant.now(), context.actor(), context.ipAddress(), action,
                targetType, targetId, details, datasetId));
    }
}
