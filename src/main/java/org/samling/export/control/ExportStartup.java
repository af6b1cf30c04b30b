package org.samling.export.control;

import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;

/** Defines the one-thread pool that computes a new version's exports after its publication commits. */
@ManagedExecutorDefinition(name = Exports.EXECUTOR, maxAsync = 1)
@Singleton
@Startup
public class ExportStartup {
}
