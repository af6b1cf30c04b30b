package org.samling.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;

/**
 * A published dataset made for access tests: a public report, a restricted transcript (with
 * a secret phrase in it), an embargoed consent form and a closed recording; its owner is a curator.
 */
record SharedDataset(String pid, long datasetId, Samling.User owner, long report, long transcript, long consent,
                     long recording, String secret) {

    static SharedDataset publish(Api api, String title) {
        Samling.User owner = Samling.newUser(api, "owner");
        String pid = Samling.createDataset(api, owner.token(), title);
        String secret = "hemligt" + java.util.UUID.randomUUID().toString().substring(0, 8);
        long report = upload(api, owner, pid, "report.txt", "A public report on mutual aid.", "{}");
        long transcript = upload(api, owner, pid, "interview.txt", "Intervjuare: " + secret + " sa hon.",
                "{\"restrict\":true,\"categories\":[\"Transcript\"],\"termsOfAccess\":\"For research only. Do not try to "
                        + "identify the participants; quote only pseudonymised passages.\"}");
        long consent = upload(api, owner, pid, "consent.txt", "Signed consent " + secret,
                "{\"access\":\"embargoed\",\"embargoUntil\":\"" + java.time.LocalDate.now().plusYears(2)
                        + "\",\"description\":\"the consent of participant 7\"}");
        long recording = upload(api, owner, pid, "recording.txt", "recording " + secret, "{\"access\":\"closed\"}");
        Api.Response published = api.post("api/datasets/:persistentId/actions/:publish?persistentId=" + Api.encode(pid)
                + "&type=major", owner.token());
        assertEquals(200, published.status(), published.text());
        long id = published.data().getJsonNumber("id").longValue();
        return new SharedDataset(pid, id, owner, report, transcript, consent, recording, secret);
    }

    private static long upload(Api api, Samling.User owner, String pid, String name, String text, String jsonData) {
        Api.Response response = api.upload(pid, owner.token(), name, text.getBytes(StandardCharsets.UTF_8), jsonData);
        assertEquals(200, response.status(), response.text());
        JsonObject file = response.data().getJsonArray("files").getJsonObject(0);
        return file.getJsonObject("dataFile").getJsonNumber("id").longValue();
    }
}
