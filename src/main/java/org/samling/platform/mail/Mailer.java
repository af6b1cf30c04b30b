package org.samling.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Logger;
import org.samling.platform.config.SamlingConfig;

/**
 * Hands one message to the configured SMTP server. Without one (the embedded default), each
 * message is written to {@code $SAMLING_HOME/mail-outbox} as an .eml file, so a developer can
 * read it. A failure is thrown to {@link MailDelivery}, which keeps the message and tries again.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Inject
    SamlingConfig config;

    public void send(String to, String subject, String body) throws MessagingException, IOException {
        MimeMessage message = new MimeMessage(session());
        message.setFrom(new InternetAddress(config.mailFrom()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
        message.setSubject(subject, "UTF-8");
        message.setText(body, "UTF-8");
        message.setSentDate(new Date());
        if (config.smtpHost().isPresent()) {
            Transport.send(message);
        } else {
            writeToOutbox(message);
        }
    }

    private void writeToOutbox(MimeMessage message) throws IOException, MessagingException {
        Path outbox = config.home().resolve("mail-outbox");
        Files.createDirectories(outbox);
        Path file = outbox.resolve(Instant.now().toEpochMilli() + "-" + UUID.randomUUID().toString().substring(0, 8)
                + ".eml");
        try (OutputStream out = Files.newOutputStream(file)) {
            message.writeTo(out);
        }
        LOG.info(() -> "No SMTP server configured; mail written to " + file);
    }

    private Session session() {
        Properties properties = new Properties();
        config.smtpHost().ifPresent(host -> properties.put("mail.smtp.host", host));
        properties.put("mail.smtp.port", String.valueOf(config.smtpPort()));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.starttls.enable", String.valueOf(config.smtpStartTls()));
        if (config.smtpUser().isPresent()) {
            properties.put("mail.smtp.auth", "true");
            String user = config.smtpUser().get();
            String password = config.smtpPassword().orElse("");
            return Session.getInstance(properties, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password);
                }
            });
        }
        return Session.getInstance(properties);
    }
}
