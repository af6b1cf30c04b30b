package org.samling.access.boundary;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import org.samling.access.control.GrantRow;
import org.samling.access.control.RequestRow;
import org.samling.access.entity.RequestDetails;
import org.samling.platform.json.Json;

/** The access calls' JSON, for resources of other features (the Dataverse-shaped /api/access paths). */
public final class AccessRequestJson {

    private AccessRequestJson() {
    }

    public static RequestDetails details(JsonObject json) {
        return RequestBodies.details(json);
    }

    public static JsonArray list(List<RequestRow> requests) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        requests.forEach(r -> array.add(RequestJson.of(r)));
        return array.build();
    }

    public static JsonArray grants(List<GrantRow> grants) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        grants.forEach(g -> array.add(RequestJson.of(g)));
        return array.build();
    }
}
