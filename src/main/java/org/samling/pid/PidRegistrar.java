package org.samling.pid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.samling.dataset.entity.GlobalId;

/**
 * Sends what the queue holds to the providers, after the commits that queued it: each claimed
 * registration is one call; success marks it done, any failure (unreachable, 5xx, a refusal)
 * leaves it queued with its error and a later attempt time. What was published stays published
 * whatever the registry says.
 */
@ApplicationScoped
public class PidRegistrar {

    private static final Logger LOG = Logger.getLogger(PidRegistrar.class.getName());
    static final int BATCH = 20;

    @Inject
    PidQueue queue;

    @Inject
    PidProviders providers;

    @Inject
    PidMetadataReader metadata;

    public PidRegistrar() {
    }

    /** For tests outside the container. */
    public PidRegistrar(PidQueue queue, PidProviders providers, PidMetadataReader metadata) {
        this.queue = queue;
        this.providers = providers;
        this.metadata = metadata;
    }

    /** Sends every due registration; returns how many succeeded. */
    public int sendDue() {
        int done = 0;
        for (var batch = queue.claim(BATCH); !batch.isEmpty(); batch = queue.claim(BATCH)) {
            for (PidQueue.Claimed registration : batch) {
                if (send(registration)) {
                    done++;
                }
            }
        }
        return done;
    }

    boolean send(PidQueue.Claimed registration) {
        try {
            PidProvider provider = providers.find(registration.provider()).orElseThrow(() ->
                    new PidException("No PID provider " + registration.provider() + " is configured", 0));
            call(provider, registration.action(), registration.globalId(), registration.datasetId());
            queue.done(registration.id());
            return true;
        } catch (PidException e) {
            LOG.warning(() -> describe(registration) + ": " + e.getMessage());
            queue.failed(registration, String.valueOf(e.getMessage()));
            return false;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, e, () -> describe(registration));
            queue.failed(registration, String.valueOf(e));
            return false;
        }
    }

    private static String describe(PidQueue.Claimed registration) {
        return "PID registration " + registration.id() + " (" + registration.action() + " " + registration.globalId()
                + ") failed, attempt " + (registration.attempts() + 1) + "; it stays queued";
    }

    /**
     * What a registration amounts to when it is sent: a publication or update sends the version
     * published now, or a tombstone if none is any more (it was deaccessioned while the
     * registration waited); a tombstone always sends the tombstone.
     */
    void call(PidProvider provider, PidQueue.Action action, GlobalId id, long datasetId) throws PidException {
        switch (action) {
            case RESERVE -> provider.reserve(id);
            case PUBLISH, UPDATE -> {
                Optional<PidMetadata> published = metadata.published(datasetId);
                if (published.isEmpty()) {
                    provider.tombstone(id, metadata.tombstone(datasetId));
                } else if (action == PidQueue.Action.PUBLISH) {
                    provider.publish(id, published.get());
                } else {
                    provider.update(id, published.get());
                }
            }
            case TOMBSTONE -> provider.tombstone(id, metadata.tombstone(datasetId));
        }
    }
}
