package org.samling.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The deposit pipeline through the API on Payara Micro and PostgreSQL: every fixture type
 * checked and extracted, hostile uploads contained, ranges and zips, file operations in a
 * draft, collections' file categories and search over extracted text. What happens to bytes
 * when uploads fail or are interrupted is in {@link UploadIntegrityIT}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DepositIT {

    static final Path SV = Samling.fixtures().resolve("sv-mutual-aid-covid19");
    static final Path NB = Samling.fixtures().resolve("no-link-vestfold");

    @ArquillianResource
    URL base;

    Api api;
    Samling.User depositor;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Samling.war();
    }

    @BeforeEach
    void setUp() {
        api = new Api(base);
        depositor = Samling.newUser(api, "depositor");
    }

    @Test
    void aCollectionAddsFileCategoriesThatItsDatasetsOffer() {
        String admin = Samling.adminToken();
        String parent = "cats-" + UUID.randomUUID().toString().substring(0, 6);
        String child = parent + "-sub";
        assertEquals(201, api.postJson("api/dataverses/root", admin, "{\"alias\":\"" + parent + "\",\"name\":\"Cats\"}").status());
        assertEquals(201, api.postJson("api/dataverses/" + parent, admin, "{\"alias\":\"" + child + "\",\"name\":\"Sub\"}").status());
        String setting = "api/dataverses/" + parent + "/attribute/fileCategories?value=";

        assertEquals(403, api.put(setting + "Photograph", depositor.token(), new byte[0], "text/plain").status());
        Api.Response tooLong = api.put(setting + "x".repeat(65), admin, new byte[0], "text/plain");
        assertEquals(400, tooLong.status());
        assertTrue(tooLong.json().getString("message").contains("at most 64"), tooLong.text());
        Api.Response saved = api.put(setting + Api.encode("Field notes, Photograph,,transcript"), admin, new byte[0], "text/plain");
        assertEquals(200, saved.status(), saved.text());
        assertEquals(List.of("Field notes", "Photograph"), saved.data().getJsonArray("fileCategories")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());

        Api.Response created = api.postJson("api/dataverses/" + child + "/datasets", admin, Samling.datasetJson("Categories study"));
        assertEquals(201, created.status(), created.text());
        String page = api.get("dataset.xhtml?persistentId=" + Api.encode(created.data().getString("persistentId")), admin).text();
        assertTrue(page.contains("<option value=\"Field notes\">Field notes</option>"),
                "a dataset in a collection below offers the added category");
        assertTrue(page.contains("<option value=\"Recording\">Recording</option>"), "the standard categories stay");
        String elsewhere = api.get("dataset.xhtml?persistentId=" + Api.encode(Samling.createDataset(api, admin, "Root study")),
                admin).text();
        assertTrue(!elsewhere.contains("Field notes"), "other collections do not offer it");
    }

    @Test
    void everyFixtureTypeIsDetectedChecksummedAndExtracted() throws IOException {
        String pid = Samling.createDataset(api, depositor.token(), "Fixture types");
        record Expect(Path file, String type, String phrase, Double seconds) {
        }
        List<Expect> fixtures = List.of(
                new Expect(SV.resolve("interview-ip01-recording.wav"), "audio/vnd.wave", null, 22.5),
                new Expect(SV.resolve("interview-ip02-recording.mp3"), "audio/mpeg", null, 17.5),
                new Expect(SV.resolve("interview-ip01-transcript.docx"), 
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "digitala träffar", null),
                new Expect(SV.resolve("interview-ip01-transcript.pdf"), "application/pdf", "digitala träffar", null),
                new Expect(SV.resolve("interview-ip03-transcript.txt"), "text/plain", "återfalla", null),
                new Expect(SV.resolve("interview-ip03-transcript.vtt"), "text/vtt", "återfalla", null),
                new Expect(SV.resolve("organisations.csv"), "text/csv", "Barncancerfonden", null),
                new Expect(NB.resolve("project-summary-nb.pdf"), "application/pdf", "selvhjelp", null));
        for (Expect expect : fixtures) {
            JsonObject added = upload(pid, expect.file(), "{}");
            JsonObject dataFile = added.getJsonObject("dataFile");
            assertEquals(expect.type(), dataFile.getString("contentType"), expect.file().toString());
            assertEquals(Checksums.of("SHA-256", expect.file()), dataFile.getJsonObject("checksum").getString("value"));
            assertEquals(Checksums.of("MD5", expect.file()), dataFile.getString("md5"));
            long id = dataFile.getJsonNumber("id").longValue();
            JsonObject extracted = extracted(id);
            assertEquals("done", extracted.getJsonObject("dataFile").getJsonObject("extraction").getString("status"),
                    expect.file().toString());
            JsonObject technical = extracted.getJsonObject("dataFile").getJsonObject("technicalMetadata");
            if (expect.seconds() != null) {
                assertEquals(expect.seconds(), technical.getJsonNumber("durationSeconds").doubleValue(), 0.2);
                assertEquals(22050, technical.getInt("sampleRate"));
            }
            if (expect.phrase() != null) {
                Api.Response text = api.get("api/files/" + id + "/text", depositor.token());
                assertEquals(200, text.status());
                assertTrue(text.text().contains(expect.phrase()), expect.file() + ": " + text.text());
            }
        }
    }

    @Test
    void hostileUploadsAreRefusedOrContainedAndTheServerKeepsServing() throws IOException {
        String pid = Samling.createDataset(api, depositor.token(), "Hostile uploads");

        Api.Response bomb = api.upload(pid, depositor.token(), "bomb.zip", TestFiles.bomb(3, 20 * 1024 * 1024),
                "{\"unzip\":true}");
        assertEquals(400, bomb.status());
        assertTrue(bomb.json().getString("message").contains("zip bomb"), bomb.text());

        String escape = "samling-slip-" + UUID.randomUUID();
        Api.Response slip = api.upload(pid, depositor.token(), "slip.zip", TestFiles.zip(Map.of(
                "../../../../tmp/" + escape + "/pwned.txt", "x".getBytes(StandardCharsets.UTF_8))), "{\"unzip\":true}");
        assertEquals(200, slip.status(), slip.text());
        JsonObject slipped = slip.data().getJsonArray("files").getJsonObject(0);
        assertEquals("pwned.txt", slipped.getString("label"));
        assertEquals("tmp/" + escape, slipped.getString("directoryLabel"));
        assertFalse(Files.exists(Path.of("/tmp", escape)), "the entry was not written outside");

        Api.Response traversal = api.upload(pid, depositor.token(), "../../x", "x".getBytes(StandardCharsets.UTF_8), null);
        assertEquals("x", traversal.data().getJsonArray("files").getJsonObject(0).getString("label"));

        JsonObject empty = upload(pid, "empty.txt", new byte[0], "{}");
        assertEquals(0, empty.getJsonObject("dataFile").getJsonNumber("filesize").longValue());
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                empty.getJsonObject("dataFile").getString("sha256"));

        byte[] pdf = Files.readAllBytes(SV.resolve("article-sv.pdf"));
        JsonObject truncated = upload(pid, "truncated.pdf", Arrays.copyOf(pdf, pdf.length / 3), "{}");
        JsonObject truncatedState = extracted(truncated.getJsonObject("dataFile").getJsonNumber("id").longValue());
        assertEquals("application/pdf", truncatedState.getJsonObject("dataFile").getString("contentType"));

        Path secret = Samling.home().resolve("xxe-secret-" + UUID.randomUUID() + ".txt");
        Files.writeString(secret, "TOP-SECRET-" + UUID.randomUUID());
        JsonObject xxe = upload(pid, "entity.docx", TestFiles.docxWithExternalEntity(secret.toUri().toString()), "{}");
        long xxeId = xxe.getJsonObject("dataFile").getJsonNumber("id").longValue();
        extracted(xxeId);
        Api.Response xxeText = api.get("api/files/" + xxeId + "/text", depositor.token());
        assertFalse(xxeText.text().contains("TOP-SECRET"), "the external entity was not resolved");

        JsonObject liar = upload(pid, "liar.mp3", pdf, "{}");
        assertEquals("application/pdf", liar.getJsonObject("dataFile").getString("contentType"));

        assertEquals(200, api.get("api/info/version", null).status());
        Deposits.assertStagingEmpty();
    }

    @Test
    void downloadsServeRangesEtagsAndZipsOfWhatTheCallerMayOpen() throws IOException {
        String pid = Samling.createDataset(api, depositor.token(), "Downloads");
        byte[] audio = Files.readAllBytes(SV.resolve("interview-ip02-recording.mp3"));
        long open = upload(pid, "interviews/recording.mp3", audio, "{\"directoryLabel\":\"interviews\"}")
                .getJsonObject("dataFile").getJsonNumber("id").longValue();
        long closed = upload(pid, "consent.txt", "signed consent".getBytes(StandardCharsets.UTF_8),
                "{\"restrict\":true}").getJsonObject("dataFile").getJsonNumber("id").longValue();
        api.post("api/datasets/:persistentId/actions/:publish?persistentId=" + Api.encode(pid) + "&type=major",
                depositor.token());

        Api.Response range = api.get("api/access/datafile/" + open, null, "Range", "bytes=100-199");
        assertEquals(206, range.status());
        assertArrayEquals(Arrays.copyOfRange(audio, 100, 200), range.body());
        assertEquals("bytes 100-199/" + audio.length, range.headers().firstValue("Content-Range").orElse(""));
        String etag = range.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, api.get("api/access/datafile/" + open, null, "If-None-Match", etag).status());
        assertEquals(416, api.get("api/access/datafile/" + open, null, "Range", "bytes=" + audio.length + "-").status());

        Api.Response zip = api.get("api/access/dataset/:persistentId/?persistentId=" + Api.encode(pid), null);
        assertEquals(200, zip.status());
        Map<String, byte[]> entries = unzip(zip.body());
        assertEquals(Set.of("interviews/recording.mp3", "MANIFEST.TXT"), entries.keySet());
        assertArrayEquals(audio, entries.get("interviews/recording.mp3"));
        String manifest = new String(entries.get("MANIFEST.TXT"), StandardCharsets.UTF_8);
        assertTrue(manifest.contains(Checksums.of("SHA-256", audio)));
        assertTrue(manifest.contains("consent.txt"), "the manifest says what was left out");

        Map<String, byte[]> own = unzip(api.get("api/access/datafiles/" + open + "," + closed, depositor.token()).body());
        assertEquals(Set.of("interviews/recording.mp3", "consent.txt", "MANIFEST.TXT"), own.keySet());
        assertEquals(403, api.get("api/access/datafiles/" + closed, null).status());
    }

    @Test
    void filesAreDescribedReplacedAndDeletedInTheDraftWhilePublishedVersionsKeepThem() throws IOException {
        String pid = Samling.createDataset(api, depositor.token(), "File operations");
        long recording = upload(pid, SV.resolve("interview-ip02-recording.mp3"), "{}")
                .getJsonObject("dataFile").getJsonNumber("id").longValue();
        long transcript = upload(pid, SV.resolve("interview-ip02-transcript.txt"), "{}")
                .getJsonObject("dataFile").getJsonNumber("id").longValue();
        Api.Response described = api.postJson("api/files/" + transcript + "/metadata", depositor.token(),
                "{\"description\":\"Interview 2\",\"categories\":[\"Transcript\"],\"language\":\"Swedish\","
                        + "\"recordingId\":" + recording + ",\"embargoUntil\":\"" + java.time.LocalDate.now().plusYears(1) + "\"}");
        assertEquals(200, described.status(), described.text());
        JsonObject file = described.data();
        assertEquals("Interview 2", file.getString("description"));
        assertEquals("embargoed", file.getString("access"));
        assertEquals(recording, file.getJsonNumber("recordingId").longValue());
        assertEquals(400, api.postJson("api/files/" + transcript + "/metadata", depositor.token(),
                "{\"recordingId\":" + transcript + "}").status(), "a transcript belongs to a recording");
        assertEquals(400, api.postJson("api/files/" + transcript + "/metadata", depositor.token(),
                "{\"embargoUntil\":\"2001-01-01\"}").status(), "an embargo ends in the future");
        assertEquals(200, api.put("api/files/" + transcript + "/restrict", depositor.token(),
                "true".getBytes(StandardCharsets.UTF_8), "text/plain").status());

        api.post("api/datasets/:persistentId/actions/:publish?persistentId=" + Api.encode(pid) + "&type=major",
                depositor.token());

        assertEquals(200, api.upload(pid, depositor.token(), "unused", new byte[0], null).status());
        byte[] corrected = "Corrected transcript".getBytes(StandardCharsets.UTF_8);
        Api.Response replacement = replace(transcript, "transcript-v2.txt", corrected);
        assertEquals(200, replacement.status(), replacement.text());
        JsonObject newFile = replacement.data().getJsonArray("files").getJsonObject(0);
        assertEquals(transcript, newFile.getJsonObject("dataFile").getJsonNumber("previousDataFileId").longValue());
        assertEquals("Transcript", newFile.getJsonArray("categories").getString(0), "the description carries over");
        assertEquals("restricted", newFile.getString("access"));

        assertEquals(200, api.delete("api/files/" + recording, depositor.token()).status());
        JsonObject draft = api.get("api/datasets/:persistentId/versions/:draft?persistentId=" + Api.encode(pid),
                depositor.token()).data();
        Set<String> names = new HashSet<>();
        draft.getJsonArray("files").getValuesAs(JsonObject.class).forEach(f -> names.add(f.getString("label")));
        assertEquals(Set.of("transcript-v2.txt", "unused"), names);
        JsonObject published = api.get("api/datasets/:persistentId/versions/1.0?persistentId=" + Api.encode(pid), null).data();
        assertEquals(2, published.getJsonArray("files").size(), "version 1.0 keeps both files");
        assertEquals(200, api.get("api/access/datafile/" + recording, null).status(), "and the recording stays downloadable");
    }

    @Test
    void searchFindsPublicTextButNeverRestrictedText() {
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() ->
                assertTrue(search("återfalla", Samling.adminToken()) >= 1, "the administrator may open the transcript"));
        assertEquals(0, search("återfalla", null), "only a restricted transcript holds the word");
        assertEquals(0, search("återfalla", depositor.token()));
        assertEquals(1, search("Barncancerfonden", null), "the public table's text is searchable");
    }

    private long search(String words, String token) {
        return api.get("api/search?type=dataset&q=" + Api.encode(words), token).data().getJsonNumber("total_count").longValue();
    }


    private Api.Response replace(long fileId, String name, byte[] content) throws IOException {
        Path temp = Files.createTempFile("replace", ".txt");
        try {
            Files.write(temp, content);
            return api.uploadTo("api/files/" + fileId + "/replace", depositor.token(), temp, name, null);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private JsonObject upload(String pid, Path file, String jsonData) {
        return Deposits.upload(api, depositor, pid, file, jsonData);
    }

    private JsonObject upload(String pid, String name, byte[] content, String jsonData) {
        return Deposits.upload(api, depositor, pid, name, content, jsonData);
    }

    /** The file once its extraction has finished (done, failed or skipped). */
    private JsonObject extracted(long fileId) {
        JsonObject[] file = new JsonObject[1];
        await().atMost(Duration.ofSeconds(120)).until(() -> {
            file[0] = api.get("api/files/" + fileId, depositor.token()).data();
            String status = file[0].getJsonObject("dataFile").getJsonObject("extraction").getString("status");
            return !status.equals("pending") && !status.equals("running");
        });
        return file[0];
    }


    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        assertNotEquals(0, entries.size());
        return entries;
    }
}
