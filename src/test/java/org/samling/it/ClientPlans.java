package org.samling.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Plans for the official Dataverse JavaScript client (src/test/node/dataverse-client.js): calls by
 * use case, references to earlier results, files and callbacks for uploads, and running a plan
 * under Node against a test server's {@code /api/v1}.
 */
final class ClientPlans {

    static final String CLIENT = "@iqss/dataverse-client-javascript@2.2.0";
    /** The client requires p-limit without declaring it (2.2.0). */
    static final String CLIENT_NEEDS = "p-limit@3.1.0";

    private ClientPlans() {
    }

    static JsonObjectBuilder call(String name, String useCase, JsonArrayBuilder args) {
        return Json.createObjectBuilder().add("name", name).add("useCase", useCase).add("args", args);
    }

    static JsonObject ref(String path) {
        return Json.createObjectBuilder().add("$ref", path).build();
    }

    static JsonObject value(JsonObject results, String name) {
        JsonValue value = results.getJsonObject(name).get("value");
        return value instanceof JsonObject object ? object : Json.createObjectBuilder().add("value", value).build();
    }

    static JsonObject file(String name, String text, int repeat) {
        return Json.createObjectBuilder().add("$file", Json.createObjectBuilder().add("name", name).add("text", text)
                .add("repeat", repeat)).build();
    }

    static JsonObject flag(String name) {
        return Json.createObjectBuilder().add(name, true).build();
    }

    static JsonObjectBuilder uploaded(String name, String upload, String md5) {
        return Json.createObjectBuilder().add("fileName", name).add("storageId", ref(upload)).add("checksumValue", md5)
                .add("checksumType", "md5").add("mimeType", "text/plain");
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Runs the calls (a JSON array) with the client as the holder of this token (none: anonymous). */
    static JsonObject run(URL base, String token, String calls) throws IOException, InterruptedException {
        Path modules = ClientInstall.ensure(CLIENT, CLIENT_NEEDS);
        Path plan = Files.createTempFile("client-plan", ".json");
        Files.writeString(plan, "{\"key\":" + (token == null ? "\"\"" : "\"" + token + "\"") + ",\"calls\":" + calls + "}");
        Path script = Path.of(System.getProperty("samling.node.dir", "src/test/node")).resolve("dataverse-client.js");
        ProcessBuilder node = new ProcessBuilder("node", script.toAbsolutePath().toString(), base + "api/v1", plan.toString());
        node.environment().put("NODE_PATH", modules.toString());
        node.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process process = node.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the client finished");
        assertEquals(0, process.exitValue(), out);
        return Json.createReader(new StringReader(out)).readObject();
    }
}
