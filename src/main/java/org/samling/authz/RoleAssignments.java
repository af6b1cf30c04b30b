package org.samling.authz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.error.SamlingException;
import org.samling.platform.persistence.Sql;

/** Gives roles; used by command handlers inside their transaction. */
@ApplicationScoped
public class RoleAssignments {

    @PersistenceContext
    EntityManager em;

    @Inject
    Sql sql;

    @Transactional(Transactional.TxType.MANDATORY)
    public RoleAssignment assign(String assignee, String roleAlias, ObjectRef on) {
        Long roleId = sql.one("select id from role where alias = ?", row -> row.getLong(1), roleAlias)
                .orElseThrow(() -> SamlingException.badRequest("error.unknownRole", roleAlias));
        RoleAssignment assignment = new RoleAssignment(assignee, roleId, on);
        em.persist(assignment);
        return assignment;
    }
}
