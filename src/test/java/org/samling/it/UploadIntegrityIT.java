package org.samling.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * No byte lost or left behind: uploads killed mid-stream, crashes between storing and commit,
 * the sweeper and fixity checks, resumable uploads, and limits and checksums checked before
 * anything is stored.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UploadIntegrityIT {

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
    void anUploadKilledMidStreamLeavesNoRowAndNoBytes() throws IOException {
        String pid = Samling.createDataset(api, depositor.token(), "Killed upload");
        String boundary = "killed" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.bin\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        int fileSize = 4 * 1024 * 1024;
        long declared = head.length + fileSize + ("\r\n--" + boundary + "--\r\n").length();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + base.getPath() + "api/datasets/:persistentId/add?persistentId=" + Api.encode(pid)
                    + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nX-Dataverse-key: " + depositor.token()
                    + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
                    + "\r\nContent-Length: " + declared + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(head);
            out.write(new byte[fileSize / 2]);
            out.flush();
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(Deposits::assertStagingEmpty);
        JsonObject draft = api.get("api/datasets/:persistentId/?persistentId=" + Api.encode(pid), depositor.token())
                .data().getJsonObject("latestVersion");
        assertEquals(0, draft.getJsonArray("files").size());
    }

    @Test
    void aCrashBetweenStoringAndCommitLeavesNothingAfterTheSweepAndFixityStaysClean() throws IOException {
        String pid = Samling.createDataset(api, depositor.token(), "Crash and sweep");
        JsonObject kept = Deposits.upload(api, depositor, pid, DepositIT.SV.resolve("interview-ip03-transcript.txt"), "{}");
        long datasetId = api.get("api/datasets/:persistentId/?persistentId=" + Api.encode(pid), depositor.token())
                .data().getJsonNumber("id").longValue();

        // what a crash after the move into the store, before the commit, leaves: bytes without a row
        Path store = Samling.home().resolve("files/store");
        String orphanKey = Long.toHexString(System.currentTimeMillis()) + "-00000000deadbe";
        Path orphan = store.resolve(orphanKey.substring(orphanKey.length() - 2)).resolve(orphanKey);
        Files.createDirectories(orphan.getParent());
        Files.writeString(orphan, "bytes whose transaction never committed");
        // and what a crash during an upload leaves: a half-written staging file, a day old
        Path staged = Samling.home().resolve("files/tmp").resolve(UUID.randomUUID().toString());
        Files.writeString(staged, "half an upload");
        Files.setLastModifiedTime(staged, FileTime.from(Instant.now().minus(Duration.ofDays(2))));

        Api.Response sweep = api.post("api/admin/storage/sweep?graceMinutes=0", Samling.adminToken());
        assertEquals(200, sweep.status(), sweep.text());
        assertTrue(sweep.data().getInt("orphansRemoved") >= 1);
        assertTrue(sweep.data().getInt("stagedRemoved") >= 1);
        assertFalse(Files.exists(orphan));
        assertFalse(Files.exists(staged));

        Api.Response fixity = api.post("api/admin/validate/dataset/files/" + datasetId, Samling.adminToken());
        assertEquals(200, fixity.status(), fixity.text());
        assertEquals(0, fixity.data().getInt("failed"));
        assertEquals(1, fixity.data().getInt("valid"));
        long keptId = kept.getJsonObject("dataFile").getJsonNumber("id").longValue();
        assertEquals(200, api.get("api/access/datafile/" + keptId, depositor.token()).status(), "the sweep kept real files");
        assertEquals(403, api.post("api/admin/storage/sweep", depositor.token()).status(), "administrators only");
    }

    @Test
    void fixityNoticesBytesThatChanged() throws IOException {
        String pid = Samling.createDataset(api, depositor.token(), "Bit rot");
        Deposits.upload(api, depositor, pid, "notes.txt", "original notes".getBytes(StandardCharsets.UTF_8), "{}");
        JsonObject dataset = api.get("api/datasets/:persistentId/?persistentId=" + Api.encode(pid), depositor.token()).data();
        try (Stream<Path> stored = Files.walk(Samling.home().resolve("files/store"))) {
            String sha = Checksums.of("SHA-256", "original notes".getBytes(StandardCharsets.UTF_8));
            Path file = stored.filter(Files::isRegularFile)
                    .filter(p -> Checksums.of("SHA-256", p).equals(sha)).findFirst().orElseThrow();
            Files.writeString(file, "damaged notes!");
        }
        JsonObject result = api.post("api/admin/validate/dataset/files/" + dataset.getJsonNumber("id").longValue(),
                Samling.adminToken()).data();
        assertEquals(1, result.getInt("failed"));
        assertEquals("invalid", result.getJsonArray("dataFiles").getJsonObject(0).getString("status"));
    }

    @Test
    void aResumableUploadGoesOnWhereItStopped() {
        String pid = Samling.createDataset(api, depositor.token(), "Resumable");
        byte[] content = new byte[3 * 1024 * 1024 + 123];
        new java.util.Random(7).nextBytes(content);
        Api.Response opened = api.postJson("api/uploads", depositor.token(), "{\"persistentId\":\"" + pid
                + "\",\"fileName\":\"interview.wav\",\"directoryLabel\":\"raw\",\"size\":" + content.length + "}");
        assertEquals(201, opened.status(), opened.text());
        String id = opened.data().getString("id");
        int piece = 1024 * 1024;
        assertEquals(piece, put(id, 0, Arrays.copyOfRange(content, 0, piece)).data().getJsonNumber("offset").longValue());

        Api.Response gap = put(id, 2L * piece, Arrays.copyOfRange(content, 2 * piece, 3 * piece));
        assertEquals(409, gap.status(), "a piece after a gap is refused");
        long resumeAt = api.get("api/uploads/" + id, depositor.token()).data().getJsonNumber("offset").longValue();
        assertEquals(piece, resumeAt, "the server says where to go on");

        // the connection dropped before the answer came: the same piece is sent again
        assertEquals(2L * piece, put(id, 0, Arrays.copyOfRange(content, 0, 2 * piece)).data()
                .getJsonNumber("offset").longValue());
        put(id, 2L * piece, Arrays.copyOfRange(content, 2 * piece, content.length));
        Api.Response done = api.postJson("api/uploads/" + id + "/complete", depositor.token(),
                "{\"categories\":[\"Recording\"],\"restrict\":true}");
        assertEquals(200, done.status(), done.text());
        JsonObject file = done.data().getJsonArray("files").getJsonObject(0);
        assertEquals("raw", file.getString("directoryLabel"));
        assertEquals("restricted", file.getString("access"));
        assertEquals(Checksums.of("SHA-256", content), file.getJsonObject("dataFile").getString("sha256"));
        long fileId = file.getJsonObject("dataFile").getJsonNumber("id").longValue();
        assertArrayEquals(content, api.get("api/access/datafile/" + fileId, depositor.token()).body());
        assertEquals(404, api.get("api/uploads/" + id, depositor.token()).status(), "the session is closed");

        Samling.User other = Samling.newUser(api, "other");
        String second = api.postJson("api/uploads", depositor.token(), "{\"persistentId\":\"" + pid
                + "\",\"fileName\":\"x.bin\",\"size\":10}").data().getString("id");
        assertEquals(404, api.get("api/uploads/" + second, other.token()).status(), "sessions are their owner's");
        assertEquals(200, api.delete("api/uploads/" + second, depositor.token()).status());
    }

    @Test
    void limitsAndChecksumsAreCheckedBeforeAnythingIsStored() throws IOException {
        String pid = Samling.createDataset(api, depositor.token(), "Limits");
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i < 61; i++) {
            many.put("note-" + i + ".txt", ("note " + i).getBytes(StandardCharsets.UTF_8));
        }
        Api.Response tooMany = api.upload(pid, depositor.token(), "notes.zip", TestFiles.zip(many), "{\"unzip\":true}");
        assertEquals(413, tooMany.status(), tooMany.text());
        assertTrue(tooMany.json().getString("message").contains("60"));

        byte[] content = "checked bytes".getBytes(StandardCharsets.UTF_8);
        Api.Response wrong = api.upload(pid, depositor.token(), "checked.txt", content,
                "{\"checksum\":{\"@type\":\"SHA-256\",\"@value\":\"" + "0".repeat(64) + "\"}}");
        assertEquals(400, wrong.status());
        assertTrue(wrong.json().getString("message").contains("damaged"), wrong.text());
        Api.Response right = api.upload(pid, depositor.token(), "checked.txt", content,
                "{\"checksum\":{\"@type\":\"MD5\",\"@value\":\"" + Checksums.of("MD5", content) + "\"}}");
        assertEquals(200, right.status(), right.text());

        JsonObject draft = api.get("api/datasets/:persistentId/?persistentId=" + Api.encode(pid), depositor.token())
                .data().getJsonObject("latestVersion");
        assertEquals(1, draft.getJsonArray("files").size(), "only the upload that passed was stored");
        Deposits.assertStagingEmpty();
    }

    private Api.Response put(String id, long offset, byte[] piece) {
        return api.put("api/uploads/" + id + "?offset=" + offset, depositor.token(), piece, "application/octet-stream");
    }
}
