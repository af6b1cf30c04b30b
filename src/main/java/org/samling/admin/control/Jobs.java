package org.samling.admin.control;

import org.samling.platform.persistence.QueryTimeouts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.samling.access.control.GrantNotices;
import org.samling.collection.control.Collections;
import org.samling.curation.control.RetentionReminders;
import org.samling.collection.entity.Collection;
import org.samling.file.control.CheckFixityCommand;
import org.samling.file.control.SweepStoreCommand;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.context.RequestContext;

/** The scheduled jobs an administrator can run by hand; what each did, in numbers. */
@ApplicationScoped
public class Jobs {

    static final List<String> NAMES = List.of("grant-notices", "retention-reminders", "sweep", "fixity");

    @Inject
    CommandEngine engine;

    @Inject
    GrantNotices notices;

    @Inject
    RetentionReminders reminders;

    @Inject
    Collections collections;

    @Inject
    QueryTimeouts timeouts;

    /**
     * @param grace for the sweep: how old stored bytes without a row must be before they go
     *              (an hour by default; 0 after a crash, once no upload is running)
     */
    public Map<String, Object> run(RequestContext context, String job, java.time.Duration grace) {
        ObjectRef root = ObjectRef.collection(collections.require(Collection.ROOT).getId());
        engine.submit(new RunJobCommand(context, root, job));
        return timeouts.asJob(() -> runNow(context, root, job, grace));
    }

    private Map<String, Object> runNow(RequestContext context, ObjectRef root, String job, java.time.Duration grace) {
        return switch (job) {
            case "grant-notices" -> Map.of("warned", notices.warnSoonEnding(context), "ended",
                    notices.noticeEnded(context));
            case "retention-reminders" -> Map.of("reminded", reminders.send(context));
            case "sweep" -> {
                var result = engine.submit(new SweepStoreCommand(context, root, grace));
                yield Map.of("stagedRemoved", result.stagedRemoved(), "orphansRemoved", result.orphansRemoved());
            }
            default -> {
                var outcomes = engine.submit(new CheckFixityCommand(context, root, 100_000));
                yield Map.of("filesChecked", outcomes.size(), "failed",
                        outcomes.stream().filter(o -> o.status() != org.samling.file.control.FixityCheck.Status.VALID).count());
            }
        };
    }
}
