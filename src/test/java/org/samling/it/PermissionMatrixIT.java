package org.samling.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every kind of caller against every read path, on one published dataset with a restricted
 * transcript, an embargoed consent form and a closed recording, all holding a secret phrase.
 * Each cell is asserted allowed or refused; a refusal must leak neither bytes nor text.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PermissionMatrixIT {

    enum Read { DOWNLOAD, RANGE, DATASET_ZIP, SELECTION_ZIP, PREVIEW, TEXT, SEARCH, EMBARGOED, CLOSED, HISTORY, REQUESTS,
        /** a curator-only metadata value, on every path that shows metadata */
        INTERNAL }

    static final Set<Read> CONTENT = EnumSet.of(Read.DOWNLOAD, Read.RANGE, Read.DATASET_ZIP, Read.SELECTION_ZIP,
            Read.PREVIEW, Read.TEXT);

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Samling.war();
    }

    record Subject(String name, Api api, String token, Set<Read> allowed) {
    }

    @Test
    void anEmbargoedFileShowsOnlyItsNameAndSize() {
        Api api = new Api(base);
        SharedDataset data = SharedDataset.publish(api, "Embargo");
        JsonObject listed = api.get("api/files/" + data.consent(), null).data();
        assertEquals("consent.txt", listed.getString("label"));
        assertEquals("embargoed", listed.getString("access"));
        assertFalse(listed.containsKey("description"), "nothing but name and size");
        assertEquals("", listed.getJsonObject("dataFile").getString("sha256"));
        assertNotEquals(0, listed.getJsonObject("dataFile").getJsonNumber("filesize").longValue());
        assertEquals(403, api.get("api/access/datafile/" + data.consent(), null).status());
        assertEquals(403, api.get("api/files/" + data.consent() + "/text", null).status());
        for (String[] filter : new String[][] {{"EmbargoedThenRestricted", "[consent.txt]"}, {"Restricted", "[interview.txt]"},
                {"Public", "[report.txt]"}}) {
            JsonArray files = api.get("api/datasets/:persistentId/versions/:latest-published/files?persistentId="
                    + Api.encode(data.pid()) + "&accessStatus=" + filter[0], null).json().getJsonArray("data");
            assertEquals(filter[1], files.stream().map(f -> f.asJsonObject().getString("label")).toList().toString(),
                    "the file list filtered by " + filter[0]);
        }
        String page = api.get("dataset.xhtml?persistentId=" + Api.encode(data.pid()), null).text();
        assertFalse(page.contains("the consent of participant 7"));
        assertTrue(api.get("api/files/" + data.consent(), data.owner().token()).data().containsKey("description"));
    }

    @Test
    void everyCallerGetsExactlyWhatTheMatrixSaysAndNothingLeaks() throws Exception {
        Api api = new Api(base);
        SharedDataset data = SharedDataset.publish(api, "Permission matrix " + UUID.randomUUID().toString().substring(0, 6));
        await().atMost(Duration.ofSeconds(120)).until(() -> api.get("api/files/" + data.transcript(), data.owner().token())
                .data().getJsonObject("dataFile").getJsonObject("extraction").getString("status").equals("done"));

        Samling.User stranger = Samling.newUser(api, "stranger");
        Samling.User before = Samling.newUser(api, "before");
        Samling.User granted = Samling.newUser(api, "granted");
        Samling.User expired = Samling.newUser(api, "expired");
        for (Samling.User user : List.of(before, granted, expired)) {
            assertEquals(200, api.put("api/access/datafile/" + data.transcript() + "/requestAccess", user.token(),
                    new byte[0], "text/plain").status());
        }
        grant(api, data, granted, Instant.now().plus(Duration.ofDays(1)).toString());
        grant(api, data, expired, Instant.now().plus(Duration.ofHours(1)).toString());

        assertEquals(200, api.putJson("api/datasets/:persistentId/versions/:draft?persistentId=" + Api.encode(data.pid()),
                data.owner().token(), SharedDataset.json("Permission matrix, draft", data.internalSecret())).status());
        String token = api.postJson("api/datasets/:persistentId/privateUrl?persistentId=" + Api.encode(data.pid()),
                data.owner().token(), "{}").data().getString("token");
        Api reviewer = new Api(base, true);
        assertEquals(200, reviewer.get("review/" + token, null).status());
        // the "expired" grant ends: the server's clock moves two hours on, the other grant runs a day
        Samling.moveClock(api, Duration.ofHours(2));
        try {
            checkEveryCaller(api, data, stranger, before, granted, expired, reviewer);
        } finally {
            Samling.moveClock(api, Duration.ZERO);
        }
    }

    private void checkEveryCaller(Api api, SharedDataset data, Samling.User stranger, Samling.User before,
                                  Samling.User granted, Samling.User expired, Api reviewer) throws IOException {
        Set<Read> opens = EnumSet.copyOf(CONTENT);
        Set<Read> all = EnumSet.allOf(Read.class);
        // curator-only values: nobody but curators and administrators, review-link holders included
        Set<Read> grantee = EnumSet.copyOf(CONTENT);
        grantee.add(Read.SEARCH);
        // a review link opens its draft's files, so its holder also finds their words (one rule)
        Set<Read> reviewing = EnumSet.copyOf(opens);
        reviewing.addAll(List.of(Read.EMBARGOED, Read.CLOSED, Read.SEARCH));
        List<Subject> subjects = List.of(
                new Subject("anonymous", api, null, EnumSet.noneOf(Read.class)),
                new Subject("signed-in stranger", api, stranger.token(), EnumSet.noneOf(Read.class)),
                new Subject("requester before the grant", api, before.token(), EnumSet.noneOf(Read.class)),
                new Subject("requester with a grant", api, granted.token(), grantee),
                new Subject("requester after expiry", api, expired.token(), EnumSet.noneOf(Read.class)),
                new Subject("review-link holder", reviewer, null, reviewing),
                new Subject("curator", api, data.owner().token(), all),
                new Subject("administrator", api, Samling.adminToken(), all));
        List<String> failures = new ArrayList<>();
        for (Subject subject : subjects) {
            check(subject, data, failures);
        }

        // everyone calls from the same address here, so the IP group gets its turn alone
        String collection = "matrix-" + UUID.randomUUID().toString().substring(0, 6);
        api.postJson("api/dataverses/root", Samling.adminToken(), "{\"alias\":\"" + collection + "\",\"name\":\"Matrix\"}");
        String address = InetAddress.getByName(base.getHost()).getHostAddress();
        api.postJson("api/dataverses/root/groups", Samling.adminToken(), "{\"alias\":\"net-" + collection
                + "\",\"kind\":\"IP_RANGE\",\"ipRanges\":[\"" + address + "/32\"]}");
        int assignment = api.postJson("api/datasets/:persistentId/assignments?persistentId=" + Api.encode(data.pid()),
                data.owner().token(), "{\"assignee\":\"&net-" + collection + "\",\"role\":\"member\"}").data().getInt("id");
        Set<Read> member = EnumSet.copyOf(grantee);
        member.add(Read.CLOSED);
        check(new Subject("member of an IP group", api, null, member), data, failures);
        api.delete("api/datasets/:persistentId/assignments/" + assignment + "?persistentId=" + Api.encode(data.pid()),
                data.owner().token());
        check(new Subject("anonymous again, group role taken back", api, null, EnumSet.noneOf(Read.class)), data,
                failures);

        assertTrue(failures.isEmpty(), failures.size() + " cells of the matrix are wrong:\n" + String.join("\n", failures));
    }

    private void check(Subject subject, SharedDataset data, List<String> failures) throws IOException {
        String pid = Api.encode(data.pid());
        Map<Read, Api.Response> answers = new LinkedHashMap<>();
        answers.put(Read.DOWNLOAD, subject.api().get("api/access/datafile/" + data.transcript(), subject.token()));
        answers.put(Read.RANGE, subject.api().get("api/access/datafile/" + data.transcript(), subject.token(),
                "Range", "bytes=0-100"));
        answers.put(Read.DATASET_ZIP, subject.api().get("api/access/dataset/:persistentId/?persistentId=" + pid,
                subject.token()));
        answers.put(Read.SELECTION_ZIP, subject.api().get("api/access/datafiles/" + data.transcript(), subject.token()));
        answers.put(Read.PREVIEW, subject.api().get("file.xhtml?fileId=" + data.transcript(), subject.token()));
        answers.put(Read.TEXT, subject.api().get("api/files/" + data.transcript() + "/text", subject.token()));
        answers.put(Read.SEARCH, subject.api().get("api/search?q=" + data.secret(), subject.token()));
        answers.put(Read.EMBARGOED, subject.api().get("api/access/datafile/" + data.consent(), subject.token()));
        answers.put(Read.CLOSED, subject.api().get("api/access/datafile/" + data.recording(), subject.token()));
        answers.put(Read.HISTORY, subject.api().get("api/datasets/:persistentId/accessHistory?persistentId=" + pid,
                subject.token()));
        answers.put(Read.REQUESTS, subject.api().get("api/access/datafile/" + data.transcript() + "/listRequests",
                subject.token()));
        for (Map.Entry<Read, Api.Response> answer : answers.entrySet()) {
            boolean expected = subject.allowed().contains(answer.getKey());
            boolean got = allowed(answer.getKey(), answer.getValue(), data.secret());
            if (expected != got) {
                failures.add(subject.name() + " / " + answer.getKey() + ": expected " + (expected ? "allowed" : "refused")
                        + ", got status " + answer.getValue().status());
            }
            if (!expected && leaks(answer.getKey(), answer.getValue(), data.secret())) {
                failures.add(subject.name() + " / " + answer.getKey() + ": the refusal leaks the secret");
            }
        }
        boolean internalSeen = false;
        for (String path : List.of("api/datasets/:persistentId/?persistentId=" + pid,
                "api/datasets/:persistentId/versions/1.0?persistentId=" + pid,
                "api/datasets/:persistentId/versions?excludeFiles=false&persistentId=" + pid,
                "api/datasets/:persistentId/versions/:draft?persistentId=" + pid,
                "api/datasets/:persistentId/versions/1.0/compare/:draft?persistentId=" + pid,
                "api/search?q=" + Api.encode("Permission matrix") + "&show_facets=true",
                "api/search?q=" + Api.encode("Permission matrix") + "&type=dataset&metadata_fields=sensitive:*",
                "dataset.xhtml?persistentId=" + pid, "dataset.xhtml?version=:draft&persistentId=" + pid,
                "versions.xhtml?persistentId=" + pid + "&a=1.0&b=:draft")) {
            boolean contains = subject.api().get(path, subject.token()).text().contains(data.internalSecret());
            internalSeen |= contains;
            if (contains && !subject.allowed().contains(Read.INTERNAL)) {
                failures.add(subject.name() + " / INTERNAL: " + path + " shows the curator-only legal basis");
            }
        }
        Api.Response found = subject.api().get("api/search?q=" + data.internalSecret() + "&show_facets=true", subject.token());
        if (found.status() != 200 || found.data().getJsonNumber("total_count").longValue() > 0
                || found.data().getJsonArray("items").toString().contains(data.internalSecret())) {
            failures.add(subject.name() + " / INTERNAL: search finds the curator-only legal basis (it is never indexed)");
        }
        if (subject.allowed().contains(Read.INTERNAL) && !internalSeen) {
            failures.add(subject.name() + " / INTERNAL: a curator does not see the legal basis");
        }
        Api.Response metadata = subject.api().get("api/datasets/:persistentId/?persistentId=" + pid, subject.token());
        if (metadata.text().contains(data.secret())) {
            failures.add(subject.name() + " / DATASET_JSON: content in the metadata");
        }
        String listing = subject.api().get("api/files/" + data.consent(), subject.token()).text();
        boolean editor = subject.allowed().contains(Read.HISTORY) || subject.allowed().contains(Read.EMBARGOED);
        if (!editor && listing.contains("participant 7")) {
            failures.add(subject.name() + " / EMBARGOED_LISTING: more than name and size");
        }
    }

    private static boolean allowed(Read read, Api.Response answer, String secret) throws IOException {
        return switch (read) {
            case DOWNLOAD, TEXT, PREVIEW -> answer.status() == 200 && answer.text().contains(secret);
            case RANGE -> answer.status() == 206 && answer.text().contains(secret);
            case DATASET_ZIP, SELECTION_ZIP -> answer.status() == 200 && zipHas(answer.body(), "interview.txt", secret);
            case SEARCH -> answer.status() == 200 && answer.data().getJsonNumber("total_count").longValue() > 0;
            case EMBARGOED, CLOSED -> answer.status() == 200 && answer.text().contains(secret);
            case HISTORY, REQUESTS -> answer.status() == 200;
            case INTERNAL -> throw new IllegalArgumentException("checked on its own");
        };
    }

    private static boolean leaks(Read read, Api.Response answer, String secret) throws IOException {
        if (read == Read.DATASET_ZIP || read == Read.SELECTION_ZIP) {
            return answer.status() == 200 && zipHas(answer.body(), null, secret);
        }
        if (read == Read.SEARCH && answer.status() == 200) {
            // the response echoes the query, as Dataverse's does; what must not show is a hit or a snippet
            return answer.data().getJsonNumber("total_count").longValue() > 0
                    || answer.data().getJsonArray("items").toString().contains(secret);
        }
        return answer.text().contains(secret);
    }

    /** Whether the zip holds the named entry (any, if null) with the secret in it. */
    private static boolean zipHas(byte[] zip, String name, String secret) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                boolean named = name == null || entry.getName().endsWith(name);
                if (named && new String(in.readAllBytes(), StandardCharsets.UTF_8).contains(secret)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void grant(Api api, SharedDataset data, Samling.User user, String expires) {
        assertEquals(200, api.put("api/access/datafile/" + data.transcript() + "/grantAccess/@" + user.username()
                + "?expires=" + expires, data.owner().token(), new byte[0], "text/plain").status());
    }

}
