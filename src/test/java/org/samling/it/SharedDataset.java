package org.samling.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;

/**
 * A published dataset made for access tests: a public report, a restricted transcript (with
 * a secret phrase in it), an embargoed consent form and a closed recording; its owner is a curator.
 * Its sensitive block holds a curator-only legal basis ({@link #internalSecret}).
 */
record SharedDataset(String pid, long datasetId, Samling.User owner, long report, long transcript, long consent,
                     long recording, String secret, String internalSecret) {

    static SharedDataset publish(Api api, String title) {
        Samling.User owner = Samling.newUser(api, "owner");
        String secret = "hemligt" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String internalSecret = "rattslig" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Api.Response created = api.postJson("api/dataverses/root/datasets", owner.token(), json(title, internalSecret));
        assertEquals(201, created.status(), created.text());
        String pid = created.data().getString("persistentId");
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
        return new SharedDataset(pid, id, owner, report, transcript, consent, recording, secret, internalSecret);
    }

    /** The dataset's JSON: the test citation, and a sensitive block whose legal basis is curator-only. */
    static String json(String title, String internalSecret) {
        return DatasetJson.dataset(title, blocks -> blocks.add("sensitive", DatasetJson.block(
                DatasetJson.primitive("legalBasisDescription", "Art. 6(1)(e) " + internalSecret),
                DatasetJson.vocabulary("anonymisation", false, "pseudonymised"))));
    }

    private static long upload(Api api, Samling.User owner, String pid, String name, String text, String jsonData) {
        Api.Response response = api.upload(pid, owner.token(), name, text.getBytes(StandardCharsets.UTF_8), jsonData);
        assertEquals(200, response.status(), response.text());
        JsonObject file = response.data().getJsonArray("files").getJsonObject(0);
        return file.getJsonObject("dataFile").getJsonNumber("id").longValue();
    }
}
