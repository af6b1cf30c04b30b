package org.samling.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The mail that sharing sends, through a real SMTP server: in the recipient's language, and
 * kept in the outbox while the mail server is down, then sent.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMailIT {

    @ArquillianResource
    URL base;

    Api api;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Samling.war();
    }

    @BeforeEach
    void client() {
        api = new Api(base);
    }

    @Test
    void mailGoesOutInTheRecipientsLanguage() {
        SharedDataset data = SharedDataset.publish(api, "Language study");
        Samling.User swede = Samling.newUser(api, "svensk", "sv");
        assertEquals(200, api.put("api/access/datafile/" + data.transcript() + "/requestAccess", swede.token(),
                new byte[0], "text/plain").status());
        assertEquals(200, api.put("api/access/datafile/" + data.transcript() + "/grantAccess/@" + swede.username(),
                data.owner().token(), new byte[0], "text/plain").status());
        String body = Mailbox.awaitBody(swede.username() + "@example.org", "Åtkomst beviljad");
        assertTrue(body.contains("Language study"), body);
    }

    @Test
    void mailWaitsInTheOutboxWhileTheMailServerIsDownAndGoesOutAfter() {
        SharedDataset data = SharedDataset.publish(api, "Outbox study");
        Samling.User reader = Samling.newUser(api, "patient");
        TestServices.mail().stop();
        try {
            assertEquals(200, api.put("api/access/datafile/" + data.transcript() + "/requestAccess", reader.token(),
                    new byte[0], "text/plain").status(), "a change never waits for the mail server");
            assertEquals(200, api.put("api/access/datafile/" + data.transcript() + "/grantAccess/@"
                    + reader.username(), data.owner().token(), new byte[0], "text/plain").status());
            await().atMost(Duration.ofSeconds(30)).until(() -> outbox().getInt("failing") > 0);
            JsonObject outbox = outbox();
            assertTrue(outbox.getInt("waiting") >= 2, outbox.toString());
            assertTrue(outbox.getJsonArray("messages").toString().contains(reader.username() + "@example.org"));
            assertEquals(403, api.get("api/admin/mail", reader.token()).status(), "administrators only");
        } finally {
            TestServices.mail().start();
        }
        assertEquals(200, api.post("api/admin/mail/retry", Samling.adminToken()).status());
        Mailbox.awaitBody(reader.username() + "@example.org", "Access granted");
        await().atMost(Duration.ofSeconds(30)).until(() -> outbox().getInt("waiting") == 0);
    }

    private JsonObject outbox() {
        return api.get("api/admin/mail", Samling.adminToken()).data();
    }
}
