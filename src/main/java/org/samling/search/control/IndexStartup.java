package org.samling.search.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.inject.Inject;

/** Defines the rebuild's pool (a coordinator and its workers) and at start rebuilds an index made by older rules or left half-built. */
@ManagedExecutorDefinition(name = IndexRebuild.EXECUTOR, maxAsync = 5, hungTaskThreshold = 3_600_000)
@Singleton
@Startup
@DependsOn("Migrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class IndexStartup {

    @Inject
    IndexRebuild rebuild;

    @PostConstruct
    void rebuildIfStale() {
        if (rebuild.isStale()) {
            rebuild.start();
        }
    }
}
