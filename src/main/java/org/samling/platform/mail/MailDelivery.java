package org.samling.platform.mail;

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
 * Sends what the outbox holds: at once after a commit that queued mail, and every minute for
 * what is due again after a failure. Several instances may run it; each message is claimed by
 * one. The outbox row itself records the attempts (not a user's change, so not an audit record).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());
    static final int BATCH = 50;

    @Inject
    MailOutbox outbox;

    @Inject
    Mailer mailer;

    @Resource
    ManagedExecutorService executor;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailOutbox.QueuedEvent queued) {
        executor.submit(this::deliverDue);
    }

    @Schedule(hour = "*", minute = "*", persistent = false)
    void everyMinute() {
        deliverDue();
    }

    /** Sends every due message; a call while a round runs makes that round go on once more. */
    public void deliverDue() {
        again.set(true);
        while (again.get() && running.compareAndSet(false, true)) {
            try {
                while (again.getAndSet(false)) {
                    for (var batch = outbox.claim(BATCH); !batch.isEmpty(); batch = outbox.claim(BATCH)) {
                        batch.forEach(this::deliver);
                    }
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Mail delivery stopped; the next round goes on", e);
                return;
            } finally {
                running.set(false);
            }
        }
    }

    private void deliver(MailOutbox.Queued message) {
        try {
            mailer.send(message.to(), message.subject(), message.body());
            outbox.sent(message.id());
        } catch (Exception e) {
            LOG.log(Level.WARNING, () -> "Could not send mail " + message.id() + " (\"" + message.subject() + "\"), attempt "
                    + (message.attempts() + 1) + "; it stays in the outbox: " + e.getMessage());
            outbox.failed(message, String.valueOf(e.getMessage()));
        }
    }
}
