package org.samling.collection.boundary;

import org.samling.platform.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.samling.collection.entity.Collection;

/** A collection in the shape of a Dataverse "dataverse". */
public final class CollectionJson {

    private CollectionJson() {
    }

    public static JsonObject of(Collection collection) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", collection.getId())
                .add("alias", collection.getAlias())
                .add("name", collection.getName())
                .add("dataverseType", "UNCATEGORIZED")
                .add("permissionRoot", collection.isRoot())
                .add("isReleased", true)
                .add("creationDate", collection.getCreatedAt().toString())
                .add("grantDays", collection.getGrantDays())
                .add("requireReview", collection.isRequireReview())
                .add("fileCategories", Json.createArrayBuilder(collection.getFileCategories()));
        if (collection.getDescription() != null) {
            json.add("description", collection.getDescription());
        }
        if (collection.getAffiliation() != null) {
            json.add("affiliation", collection.getAffiliation());
        }
        if (collection.getParentId() != null) {
            json.add("ownerId", collection.getParentId());
        }
        return json.build();
    }
}
