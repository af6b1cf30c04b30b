package org.samling.it;

import static org.awaitility.Awaitility.await;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the mail the servers under test sent, from GreenMail. */
final class Mailbox {

    private Mailbox() {
    }

    /** The newest message to the address whose subject contains the words, waiting for it to arrive. */
    static String awaitBody(String to, String subjectContains) {
        String[] body = new String[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            body[0] = find(to, subjectContains).orElse(null);
            return body[0] != null;
        });
        return body[0];
    }

    static Optional<String> find(String to, String subjectContains) {
        MimeMessage[] messages = TestServices.mail().getReceivedMessages();
        for (int i = messages.length - 1; i >= 0; i--) {
            try {
                MimeMessage message = messages[i];
                boolean addressed = Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equalsIgnoreCase(to));
                if (addressed && message.getSubject().contains(subjectContains)) {
                    return Optional.of(message.getContent().toString());
                }
            } catch (MessagingException | java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return Optional.empty();
    }

    /** The token of the site link in a message: {@code .../confirm.xhtml?token=...}. */
    static String token(String body) {
        Matcher matcher = Pattern.compile("token=([0-9a-f]+)").matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("No link in: " + body);
        }
        return matcher.group(1);
    }

}
