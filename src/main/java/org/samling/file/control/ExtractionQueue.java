package org.samling.file.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Hands new files to the extraction workers once their transaction has committed. The pool
 * is small and bounded (see {@link ExtractionStartup}), so a flood of uploads or a hostile
 * file never takes the request threads.
 */
@ApplicationScoped
public class ExtractionQueue {

    public static final String EXECUTOR = "java:app/concurrent/Extraction";

    @Resource(lookup = EXECUTOR)
    ManagedExecutorService executor;

    @Inject
    ExtractionWorker worker;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) FileAdded added) {
        submit(added.dataFileId());
    }

    public void submit(long fileId) {
        executor.execute(() -> worker.extract(fileId));
    }
}
