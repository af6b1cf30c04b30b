package org.samling.access.boundary;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Locale;
import org.samling.access.control.GrantRow;
import org.samling.access.control.RequestRow;
import org.samling.platform.json.Json;

/** Access requests and grants as JSON. */
final class RequestJson {

    private RequestJson() {
    }

    static JsonObject of(RequestRow request) {
        JsonArrayBuilder files = Json.createArrayBuilder();
        request.files().forEach(f -> files.add(Json.createObjectBuilder().add("id", f.id()).add("label", f.label())));
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", request.id())
                .add("state", request.state().name().toLowerCase(Locale.ROOT))
                .add("datasetPersistentId", request.datasetPid())
                .add("datasetTitle", request.datasetTitle())
                .add("identifier", request.requesterIdentifier())
                .add("userName", request.requesterUsername())
                .add("guest", request.requesterIsGuest())
                .add("name", request.name())
                .add("institution", request.institution())
                .add("email", request.email())
                .add("purpose", request.purpose())
                .add("plannedUse", request.plannedUse())
                .add("termsSha256", request.termsSha256())
                .add("termsText", request.termsText())
                .add("created", request.createdAt().toString())
                .add("files", files);
        optional(json, "periodStart", request.periodStart());
        optional(json, "periodEnd", request.periodEnd());
        optional(json, "question", request.question());
        optional(json, "reason", request.reason());
        optional(json, "decided", request.decidedAt());
        optional(json, "extendsRequestId", request.extendsRequestId());
        return json.build();
    }

    static JsonObject of(GrantRow grant) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", grant.id())
                .add("identifier", "@" + grant.username())
                .add("fileId", grant.fileId())
                .add("fileLabel", String.valueOf(grant.fileLabel()))
                .add("datasetPersistentId", grant.datasetPid())
                .add("datasetTitle", grant.datasetTitle())
                .add("granted", grant.grantedAt().toString())
                .add("expires", grant.expiresAt().toString())
                .add("inForce", grant.isInForce());
        optional(json, "requestId", grant.requestId());
        optional(json, "revoked", grant.revokedAt());
        return json.build();
    }

    private static void optional(JsonObjectBuilder json, String name, Object value) {
        if (value != null) {
            json.add(name, value.toString());
        }
    }
}
