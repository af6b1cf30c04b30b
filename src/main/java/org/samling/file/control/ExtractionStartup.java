package org.samling.file.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.inject.Inject;

/**
 * Defines the extraction pool (two workers: requests come first) and the pool that computes
 * MD5 beside uploads, and at start queues the files a stopped server left unextracted.
 */
@ManagedExecutorDefinition(name = ExtractionQueue.EXECUTOR, maxAsync = 2, hungTaskThreshold = 300_000)
@ManagedExecutorDefinition(name = LocalFileStore.DIGEST_EXECUTOR, maxAsync = 16)
@Singleton
@Startup
@DependsOn("Migrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class ExtractionStartup {

    static final int RESUME_AT_START = 100_000;

    @Inject
    ExtractionResults results;

    @Inject
    ExtractionQueue queue;

    @PostConstruct
    void resumeUnfinished() {
        results.unfinished(RESUME_AT_START).forEach(queue::submit);
    }
}
