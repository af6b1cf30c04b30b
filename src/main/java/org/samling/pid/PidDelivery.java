package org.samling.pid;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the {@link PidRegistrar}: at once after a commit that queued registrations, and every
 * minute for what is due again after a failure. Several instances may run it; each registration
 * is claimed by one (as {@code MailDelivery} does for mail).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class PidDelivery {

    private static final Logger LOG = Logger.getLogger(PidDelivery.class.getName());

    @Inject
    PidRegistrar registrar;

    @Resource
    ManagedExecutorService executor;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) PidQueued queued) {
        executor.submit(this::sendDue);
    }

    @Schedule(hour = "*", minute = "*", persistent = false)
    void everyMinute() {
        sendDue();
    }

    /** Sends every due registration; a call while a round runs makes that round go on once more. */
    public void sendDue() {
        again.set(true);
        while (again.get() && running.compareAndSet(false, true)) {
            try {
                while (again.getAndSet(false)) {
                    registrar.sendDue();
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "PID registration stopped; the next round goes on", e);
                return;
            } finally {
                running.set(false);
            }
        }
    }
}
