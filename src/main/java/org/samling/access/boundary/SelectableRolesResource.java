package org.samling.access.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.samling.access.control.Assignments;
import org.samling.platform.json.Json;
import org.samling.platform.rest.ApiResponses;

/**
 * Dataverse's {@code /api/roles/userSelectable}: the built-in roles anyone managing a collection's
 * permissions can give (a collection's own roles are listed at {@code /api/dataverses/{alias}/roles}).
 */
@Path("roles")
@Produces(MediaType.APPLICATION_JSON)
public class SelectableRolesResource {

    @Inject
    Assignments assignments;

    @GET
    @Path("userSelectable")
    public Response userSelectable() {
        var roles = Json.createArrayBuilder();
        for (Assignments.RoleRow role : assignments.builtIn()) {
            var permissions = Json.createArrayBuilder();
            role.permissions().forEach(permissions::add);
            roles.add(Json.createObjectBuilder().add("id", role.id()).add("alias", role.alias()).add("name", role.name())
                    .add("description", role.description() == null ? "" : role.description())
                    .add("permissions", permissions));
        }
        return ApiResponses.ok(roles.build());
    }
}
