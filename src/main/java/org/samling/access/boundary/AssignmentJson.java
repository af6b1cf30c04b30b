package org.samling.access.boundary;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import org.samling.access.control.Assignments;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.json.Json;

/** Role assignments in the Dataverse shape. */
final class AssignmentJson {

    private AssignmentJson() {
    }

    static JsonArray of(List<Assignments.AssignmentRow> rows, ObjectRef on) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        rows.forEach(row -> array.add(Json.createObjectBuilder()
                .add("id", row.id())
                .add("assignee", row.assignee())
                .add("roleId", row.roleId())
                .add("_roleAlias", row.roleAlias())
                .add("roleName", row.roleName())
                .add("definitionPointId", on.id())));
        return array.build();
    }

    static String assignee(JsonObject json) {
        return json.getString("assignee", null);
    }

    static String role(JsonObject json) {
        return json.getString("role", null);
    }
}
