package org.samling.notify.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.samling.account.entity.AppUser;
import org.samling.notify.entity.Notification;
import org.samling.platform.config.SamlingConfig;
import org.samling.platform.mail.Mailer;

/**
 * Tells people what happened: a notification in the site, written in the same transaction as
 * the change, and an e-mail sent once that transaction has committed.
 */
@ApplicationScoped
public class Notifier {

    /** An e-mail to send after commit. */
    public record Mail(String to, String subject, String body) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<Mail> mails;

    @Inject
    Mailer mailer;

    @Inject
    SamlingConfig config;

    /** @param path a site path such as {@code /my-access.xhtml}, or null */
    @Transactional(Transactional.TxType.MANDATORY)
    public void tell(long userId, String kind, String subject, String body, String path) {
        tell(userId, kind, subject, body, path, path);
    }

    /**
     * @param mailPath the path the e-mail links to instead (a one-time sign-in link, which is
     *                 never stored in the notification)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void tell(long userId, String kind, String subject, String body, String path, String mailPath) {
        AppUser user = em.find(AppUser.class, userId);
        if (user == null) {
            return;
        }
        em.persist(new Notification(userId, kind, subject, body, path));
        mails.fire(new Mail(user.getEmail(), subject,
                body + (mailPath == null ? "" : "\n\n" + config.siteUrl() + mailPath)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void tellAll(List<Long> userIds, String kind, String subject, String body, String path) {
        userIds.forEach(id -> tell(id, kind, subject, body, path));
    }

    /** Mail only (a guest confirming an address has no notifications page yet). */
    public void mail(String to, String subject, String body) {
        mails.fire(new Mail(to, subject, body));
    }

    void sendAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Mail mail) {
        mailer.send(mail.to(), mail.subject(), mail.body());
    }
}
