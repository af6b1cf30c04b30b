package org.samling.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an attacker or a broken client sends: oversized headers and bodies, malformed
 * multipart, truncated and bombed zips, XML with entities, polyglot files, invalid UTF-8, huge
 * and deeply nested JSON, names with control characters, formula injection in CSV. Each case
 * gets a 4xx with a clear message (or is stored harmlessly), nothing partial is kept, and the
 * server answers normally afterwards.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Samling.war();
    }

    record Case(String name, Supplier<Api.Response> send, IntPredicate expected) {
    }

    static final IntPredicate CLIENT_ERROR = status -> status >= 400 && status < 500;

    @Test
    void hostileRequestsGetAClearRefusalAndLeaveNothingBehind() throws Exception {
        Api api = new Api(base);
        Samling.User depositor = Samling.newUser(api, "hostile");
        String pid = Samling.createDataset(api, depositor.token(), "Hostile input");
        String add = "api/datasets/:persistentId/add?persistentId=" + Api.encode(pid);
        String token = depositor.token();
        List<Case> cases = new ArrayList<>();

        // multipart bodies
        cases.add(new Case("truncated multipart", () -> multipart(api, add, token, "XyZ",
                "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cut.txt\"\r\n\r\nhalf a file"),
                CLIENT_ERROR));
        cases.add(new Case("multipart without boundary", () -> api.send(add, token, "POST",
                "multipart/form-data", bytes("--x\r\n\r\n")), CLIENT_ERROR));
        cases.add(new Case("multipart boundary of 300 characters", () -> multipart(api, add, token, "b".repeat(300),
                "--" + "b".repeat(300) + "--\r\n"), CLIENT_ERROR));
        cases.add(new Case("part headers of 40 KB", () -> multipart(api, add, token, "XyZ",
                "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\nX-Pad: "
                        + "p".repeat(40_000) + "\r\n\r\nhello\r\n--XyZ--\r\n"), CLIENT_ERROR));
        cases.add(new Case("no file part", () -> multipart(api, add, token, "XyZ",
                "--XyZ\r\nContent-Disposition: form-data; name=\"jsonData\"\r\n\r\n{}\r\n--XyZ--\r\n"), CLIENT_ERROR));
        cases.add(new Case("jsonData of 100 KB", () -> multipart(api, add, token, "XyZ",
                "--XyZ\r\nContent-Disposition: form-data; name=\"jsonData\"\r\n\r\n{\"description\":\""
                        + "d".repeat(100_000) + "\"}\r\n--XyZ\r\nContent-Disposition: form-data; name=\"file\"; "
                        + "filename=\"a.txt\"\r\n\r\nhello\r\n--XyZ--\r\n"), CLIENT_ERROR));
        cases.add(new Case("jsonData that is not JSON", () -> api.upload(pid, token, "a.txt", bytes("hello"),
                "{\"description\": ]"), CLIENT_ERROR));
        cases.add(new Case("not multipart at all", () -> api.send(add, token, "POST", "text/plain", bytes("hello")),
                CLIENT_ERROR));
        cases.add(new Case("wrong checksum", () -> api.upload(pid, token, "a.txt", bytes("hello"),
                "{\"checksum\":{\"@type\":\"SHA-256\",\"@value\":\"" + "0".repeat(64) + "\"}}"), CLIENT_ERROR));
        // zips
        byte[] zip = TestFiles.zip(Map.of("one.txt", bytes("one"), "two.txt", bytes("two")));
        cases.add(new Case("truncated zip to unpack", () -> api.upload(pid, token, "cut.zip",
                java.util.Arrays.copyOf(zip, zip.length / 2), "{\"unzip\":true}"), CLIENT_ERROR));
        cases.add(new Case("zip bomb", () -> api.upload(pid, token, "bomb.zip", TestFiles.bomb(3, 4_000_000),
                "{\"unzip\":true}"), CLIENT_ERROR));
        cases.add(new Case("zip with more entries than the dataset may hold", () -> api.upload(pid, token,
                "many.zip", manyEntries(70), "{\"unzip\":true}"), CLIENT_ERROR));
        cases.add(new Case("zip entry climbing out of its folder", () -> api.upload(pid, token, "climb.zip",
                TestFiles.zip(Map.of("../../../../etc/cron.d/evil", bytes("* * * * * root id"))), "{\"unzip\":true}"),
                status -> status == 200 || CLIENT_ERROR.test(status)));
        // JSON bodies
        String create = "api/dataverses/root/datasets";
        cases.add(new Case("empty dataset JSON", () -> api.postJson(create, token, ""), CLIENT_ERROR));
        cases.add(new Case("dataset JSON that is an array", () -> api.postJson(create, token, "[1,2]"), CLIENT_ERROR));
        cases.add(new Case("JSON nested 100,000 deep", () -> api.postJson(create, token,
                "[".repeat(100_000) + "]".repeat(100_000)), CLIENT_ERROR));
        cases.add(new Case("title of 1 MB", () -> api.postJson(create, token,
                Samling.datasetJson("t".repeat(1_000_000))), CLIENT_ERROR));
        cases.add(new Case("dataset JSON of 40 MB", () -> api.postJson(create, token,
                Samling.datasetJson("Big", "d".repeat(40_000_000))), CLIENT_ERROR));
        cases.add(new Case("invalid UTF-8 in metadata", () -> api.send(create, token, "POST", "application/json",
                invalidUtf8(Samling.datasetJson("Bad @@ title"))), status -> status == 400 || status == 201));
        cases.add(new Case("metadata block without fields", () -> api.postJson(create, token,
                "{\"datasetVersion\":{\"metadataBlocks\":{\"citation\":{}}}}"), CLIENT_ERROR));
        // names and paths
        cases.add(new Case("file name with control characters", () -> api.upload(pid, token, "a\u0001b\u007f.txt",
                bytes("x"), "{\"directoryLabel\":\"ok\"}"), status -> status == 200 || CLIENT_ERROR.test(status)));
        cases.add(new Case("folder with a carriage return and ..", () -> api.upload(pid, token, "b.txt", bytes("x"),
                "{\"directoryLabel\":\"../a\\r\\nb\"}"), status -> status == 200 || CLIENT_ERROR.test(status)));
        cases.add(new Case("file name of 5,000 characters", () -> api.upload(pid, token, "n".repeat(5000) + ".txt",
                bytes("x"), null), status -> status == 200 || CLIENT_ERROR.test(status)));
        cases.add(new Case("embargo date in the past", () -> api.upload(pid, token, "e.txt", bytes("x"),
                "{\"access\":\"embargoed\",\"embargoUntil\":\"2001-01-01\"}"), CLIENT_ERROR));
        cases.add(new Case("embargo date that is no date", () -> api.upload(pid, token, "e.txt", bytes("x"),
                "{\"embargoUntil\":\"next year\"}"), CLIENT_ERROR));
        // addresses and parameters
        cases.add(new Case("file id that is not a number", () -> api.get("api/access/datafile/1x", null),
                status -> status == 404));
        cases.add(new Case("range past the end", () -> api.get("api/access/datafile/999999999", null,
                "Range", "bytes=999999999-"), status -> status == 404 || status == 416));
        cases.add(new Case("persistent id with SQL in it", () -> api.get("api/datasets/:persistentId/?persistentId="
                + Api.encode("doi:10.5072/X' or '1'='1"), null), status -> status == 404));
        cases.add(new Case("search with 10,000 characters", () -> api.get("api/search?q=" + "ab%20".repeat(2000),
                null), status -> status == 200 || status == 400));
        cases.add(new Case("search with an unbalanced quote and operators", () -> api.get("api/search?q="
                + Api.encode("\"mutual & | ! ( aid :*"), null), status -> status == 200 || status == 400));
        cases.add(new Case("resumable upload piece at a negative offset", () -> api.send("api/uploads/"
                + java.util.UUID.randomUUID() + "?offset=-5", token, "PUT", "application/octet-stream", bytes("x")),
                CLIENT_ERROR));
        cases.add(new Case("resumable upload of a negative size", () -> api.postJson("api/uploads", token,
                "{\"persistentId\":\"" + pid + "\",\"fileName\":\"a.txt\",\"size\":-1}"), CLIENT_ERROR));
        cases.add(new Case("builtin user with a formula for a name", () -> api.postJson("api/builtin-users?password="
                + "Hostile-pass-1&key=" + Samling.BUILTIN_USERS_KEY, null,
                "{\"userName\":\"=cmd|' /C calc'!A0\",\"firstName\":\"a\",\"lastName\":\"b\",\"email\":\"f@example.org\"}"),
                CLIENT_ERROR));

        long before = fileCount(api, pid, token);
        List<String> failures = new ArrayList<>();
        for (Case hostile : cases) {
            Api.Response answer = hostile.send().get();
            if (!hostile.expected().test(answer.status())) {
                failures.add(hostile.name() + ": " + answer.status() + " " + head(answer.text()));
            } else if (answer.status() >= 400 && !clearMessage(answer)) {
                failures.add(hostile.name() + ": no clear message in " + answer.status() + " " + head(answer.text()));
            }
            if (answer.status() == 500) {
                failures.add(hostile.name() + ": a server error");
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + cases.size() + " cases failed:\n"
                + String.join("\n", failures));
        assertTrue(cases.size() >= 30, "the corpus holds " + cases.size() + " cases");

        // of the cases that may store something, only sound files remain, under safe names
        for (JsonObject file : api.get("api/datasets/:persistentId/versions/:draft/files?persistentId=" + Api.encode(pid),
                token).json().getJsonArray("data").getValuesAs(JsonObject.class)) {
            String label = file.getString("label");
            String folder = file.getString("directoryLabel", "");
            assertTrue(label.chars().noneMatch(c -> c < 0x20 || c == 0x7f) && !label.contains("/"), label);
            assertTrue(!folder.contains("..") && folder.chars().noneMatch(c -> c < 0x20), folder);
            assertTrue(label.length() <= 255, "names are cut to 255 characters");
        }
        assertTrue(fileCount(api, pid, token) - before <= 4, "at most the four harmless uploads were stored");
        Deposits.assertStagingEmpty();
        assertEquals(200, api.get("api/info/version", null).status(), "still answering");
    }

    @Test
    void noCsvTheServerWritesLetsASpreadsheetRunAFormula() {
        Api api = new Api(base);
        SharedDataset data = SharedDataset.publish(api, "Formula study");
        Samling.User requester = Samling.newUser(api, "formula");
        Api.Response asked = api.put("api/access/datafile/" + data.transcript() + "/requestAccess", requester.token(),
                bytes("{\"name\":\"=HYPERLINK(3)\",\"institution\":\"Uni\\n=HYPERLINK(4)\\r@SUM(1)\","
                        + "\"purpose\":\"-2+3\",\"plannedUse\":\"\\t+x\"}"), "application/json");
        assertEquals(200, asked.status(), asked.text());
        String csv = api.get("api/datasets/:persistentId/accessHistory?format=csv&persistentId=" + Api.encode(data.pid()),
                data.owner().token()).text();
        assertTrue(csv.contains("RequestAccess"), csv);
        for (String line : csv.split("\r\n|\n|\r")) {
            assertTrue(!line.matches("[=+\\-@\t].*"), "a line starts with a formula: " + line);
            for (String cell : line.split(",")) {
                String bare = cell.startsWith("\"") ? cell.substring(1) : cell;
                assertTrue(!bare.matches("[=+\\-@\t\r].*"), "a cell starts with a formula: " + cell);
            }
        }
    }

    @Test
    void anEncodedNulInTheAddressIsRefusedByTheHttpLayerWithoutNamingIt() {
        Api.Response answer = new Api(base).get("api/access/datafile/1%00", null);
        assertEquals(400, answer.status());
        assertTrue(!answer.text().toLowerCase(java.util.Locale.ROOT).contains("payara")
                && answer.headers().firstValue("Server").isEmpty(), answer.text());
    }

    @Test
    void anOversizedHeaderIsRefusedBeforeTheApplication() throws IOException {
        String request = "GET /api/info/version HTTP/1.1\r\nHost: " + base.getHost() + "\r\nX-Big: " + "a".repeat(65536)
                + "\r\nConnection: close\r\n\r\n";
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = new String(readSome(socket.getInputStream()), StandardCharsets.ISO_8859_1);
            assertTrue(answer.startsWith("HTTP/1.1 4"), answer.lines().findFirst().orElse(""));
            assertTrue(!answer.toLowerCase(java.util.Locale.ROOT).contains("payara"), answer);
        }
        assertEquals(200, new Api(base).get("api/info/version", null).status());
    }

    private static byte[] readSome(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        while (bytes.size() < 65536 && (read = in.read(buffer)) >= 0) {
            bytes.write(buffer, 0, read);
        }
        return bytes.toByteArray();
    }

    private static boolean clearMessage(Api.Response answer) {
        try {
            JsonObject json = answer.json();
            return "ERROR".equals(json.getString("status", "")) && json.getString("message", "").length() > 10
                    && !json.getString("message").contains("Exception");
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static long fileCount(Api api, String pid, String token) {
        return api.get("api/datasets/:persistentId/versions/:draft/files?persistentId=" + Api.encode(pid), token)
                .json().getJsonNumber("totalCount").longValue();
    }

    private static Api.Response multipart(Api api, String path, String token, String boundary, String body) {
        return api.send(path, token, "POST", "multipart/form-data; boundary=" + boundary, bytes(body));
    }

    private static byte[] manyEntries(int count) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            entries.put("entry-" + i + ".txt", bytes("entry " + i));
        }
        return TestFiles.zip(entries);
    }

    private static byte[] invalidUtf8(String json) {
        byte[] text = json.getBytes(StandardCharsets.UTF_8);
        byte[] marker = "@@".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < text.length; i++) {
            if (i + 1 < text.length && text[i] == marker[0] && text[i + 1] == marker[1]) {
                out.writeBytes(new byte[] {(byte) 0xc3, 0x28, (byte) 0xff, (byte) 0xfe});
                i++;
            } else {
                out.write(text[i]);
            }
        }
        return out.toByteArray();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String head(String text) {
        return text.length() > 200 ? text.substring(0, 200) : text;
    }
}
