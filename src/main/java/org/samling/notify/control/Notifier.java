package org.samling.notify.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.samling.account.entity.AppUser;
import org.samling.notify.entity.Notification;
import org.samling.platform.config.SamlingConfig;
import org.samling.platform.i18n.Messages;
import org.samling.platform.i18n.Text;
import org.samling.platform.mail.MailOutbox;

/**
 * Tells people what happened, in their own language: a notification in the site and an e-mail
 * in the outbox, both written in the same transaction as the change, so neither is lost and
 * neither goes out for a change that did not commit.
 */
@ApplicationScoped
public class Notifier {

    @PersistenceContext
    EntityManager em;

    @Inject
    MailOutbox outbox;

    @Inject
    SamlingConfig config;

    /** @param path a site path such as {@code /my-access.xhtml}, or null */
    @Transactional(Transactional.TxType.MANDATORY)
    public void tell(long userId, String kind, Text subject, Text body, String path, Instant at) {
        tell(userId, kind, subject, body, path, path, at);
    }

    /**
     * @param mailPath the path the e-mail links to instead (a one-time sign-in link, which is
     *                 never stored in the notification)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void tell(long userId, String kind, Text subject, Text body, String path, String mailPath, Instant at) {
        AppUser user = em.find(AppUser.class, userId);
        if (user == null) {
            return;
        }
        Locale language = Messages.supported(Locale.forLanguageTag(user.getLanguage()));
        String title = subject.in(language);
        String text = body.in(language);
        em.persist(new Notification(userId, kind, title, text, path, at));
        outbox.enqueue(user.getEmail(), title, text + (mailPath == null ? "" : "\n\n" + config.siteUrl() + mailPath));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void tellAll(List<Long> userIds, String kind, Text subject, Text body, String path, Instant at) {
        userIds.forEach(id -> tell(id, kind, subject, body, path, at));
    }

    /** Mail only, in the language given (a guest confirming an address has no notifications page yet). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void mail(String to, String language, Text subject, Text body, String path) {
        Locale locale = Messages.supported(Locale.forLanguageTag(language));
        outbox.enqueue(to, subject.in(locale), body.in(locale) + (path == null ? "" : "\n\n" + config.siteUrl() + path));
    }
}
