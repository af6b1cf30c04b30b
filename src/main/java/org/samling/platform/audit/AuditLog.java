package org.samling.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.inject.Inject;
import java.util.List;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.audit.AuditEvent;
import org.samling.platform.command.Command;
import org.samling.platform.context.RequestContext;
import org.samling.platform.persistence.Sql;

/** Appends to the audit log; the table refuses updates and deletes. */
@ApplicationScoped
public class AuditLog {

    /** One record of many written together. */
    public record Entry(String targetType, Long targetId, String details, Long datasetId) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Sql sql;

    /** What the engine writes for every command it runs, in the command's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Command<?> command) {
        ObjectRef target = command.target();
        Long dataset = target != null && target.kind() == ObjectRef.Kind.DATASET ? target.id() : null;
        append(command.context(), command.auditAction(), target == null ? null : target.kind().name(),
                target == null ? null : target.id(), command.auditDetails(), dataset);
    }

    /**
     * A record beside the command's own, by a handler, in its transaction.
     *
     * @param datasetId the dataset the event belongs to, for its access history
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(RequestContext context, String action, String targetType, Long targetId, String details,
                       Long datasetId) {
        em.persist(new AuditEvent(context.time(), context.actor(), context.ipAddress(), action,
                targetType, targetId, details, datasetId));
    }

    /** Many records of one action in one statement (the files of a zip, say). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appendAll(RequestContext context, String action, List<Entry> entries) {
        em.flush();
        sql.batch("insert into audit_event (occurred_at, actor, ip_address, action, target_type, target_id, details, "
                        + "dataset_id) values (?, ?, ?, ?, ?, ?, ?, ?)",
                entries.stream().map(e -> new Object[] {context.time(), context.actor(), context.ipAddress(), action,
                        e.targetType(), e.targetId(), e.details(), e.datasetId()}).toList());
    }
}
