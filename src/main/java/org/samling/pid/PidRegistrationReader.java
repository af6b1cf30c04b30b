package org.samling.pid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.samling.authz.Permission;
import org.samling.authz.PermissionEvaluator;
import org.samling.collection.control.Collections;
import org.samling.collection.entity.Collection;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.context.RequestContext;

/** The PID queue as administrators see it: what waits, what keeps failing and the registry's last answer. */
@ApplicationScoped
public class PidRegistrationReader {

    public record Summary(long waiting, long failing, List<PidQueue.Pending> registrations) {
    }

    @Inject
    PidQueue queue;

    @Inject
    PermissionEvaluator permissions;

    @Inject
    Collections collections;

    @Inject
    PidService service;

    public Summary summary(RequestContext context, boolean failingOnly, int limit) {
        requireAdministrator(context);
        long[] counts = queue.counts();
        return new Summary(counts[0], counts[1], queue.pending(failingOnly, limit));
    }

    /** The collection's own provider (null: inherited) and the one in force; administrators only. */
    public String[] providerOf(RequestContext context, Collection collection) {
        requireAdministrator(context);
        return new String[] {service.ownProviderName(collection.getId()), service.providerName(collection.getId())};
    }

    private void requireAdministrator(RequestContext context) {
        permissions.require(context, Permission.ADMINISTER,
                ObjectRef.collection(collections.require(Collection.ROOT).getId()));
    }
}
