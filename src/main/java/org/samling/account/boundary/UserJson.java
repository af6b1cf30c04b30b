package org.samling.account.boundary;

import org.samling.platform.json.Json;
import jakarta.json.JsonObjectBuilder;
import org.samling.account.entity.AppUser;

/** An account in the shape of Dataverse's authenticated user. */
final class UserJson {

    private UserJson() {
    }

    static JsonObjectBuilder of(AppUser user) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", user.getId())
                .add("identifier", "@" + user.getUsername())
                .add("userName", user.getUsername())
                .add("displayName", user.getDisplayName())
                .add("firstName", user.getFirstName())
                .add("lastName", user.getLastName())
                .add("email", user.getEmail())
                .add("superuser", user.isSuperuser())
                .add("createdTime", user.getCreatedAt().toString())
                .add("authenticationProviderId", "builtin");
        if (user.getAffiliation() != null) {
            json.add("affiliation", user.getAffiliation());
        }
        return json;
    }
}
