package org.samling.metadata.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.samling.account.control.CurrentCaller;
import org.samling.collection.control.Collections;
import org.samling.collection.entity.Collection;
import org.samling.metadata.control.CollectionBlocks;
import org.samling.metadata.control.MetadataBlocks;
import org.samling.metadata.control.SetCollectionBlocksCommand;
import org.samling.metadata.control.SetFieldInternalCommand;
import org.samling.metadata.entity.BlockDefinition;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.error.SamlingException;
import org.samling.platform.json.Json;
import org.samling.platform.rest.ApiResponses;

/**
 * {@code /api/dataverses/{alias}/metadatablocks}: the blocks a collection's datasets use (its
 * own, or inherited), choosing them, and Samling's per-collection internal fields.
 */
@Path("dataverses/{alias}/metadatablocks")
@Produces(MediaType.APPLICATION_JSON)
public class CollectionMetadataBlocksResource {

    @Inject
    Collections collections;

    @Inject
    CollectionBlocks collectionBlocks;

    @Inject
    MetadataBlocks blocks;

    @Inject
    CommandEngine engine;

    @Inject
    CurrentCaller caller;

    @GET
    public Response enabled(@PathParam("alias") String alias, @QueryParam("onlyDisplayedOnCreate") boolean onlyOnCreate,
                            @QueryParam("returnDatasetFieldTypes") boolean withFields,
                            @HeaderParam("Accept-Language") String language) {
        Collection collection = collections.require(alias);
        caller.context();
        Set<String> internal = collectionBlocks.internalFields(collection.getId());
        List<BlockDefinition> all = blocks.all();
        JsonArrayBuilder json = Json.createArrayBuilder();
        for (BlockDefinition block : collectionBlocks.enabled(collection.getId())) {
            int id = all.indexOf(block) + 1;
            json.add(withFields ? BlockJson.full(block, id, blocks, MetadataBlocksResource.locale(language), onlyOnCreate,
                    internal) : BlockJson.brief(block, id));
        }
        return ApiResponses.ok(json.build());
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response choose(@PathParam("alias") String alias, String body) {
        Collection collection = collections.require(alias);
        JsonValue parsed;
        try (var reader = Json.createReader(new java.io.StringReader(body == null ? "" : body))) {
            parsed = reader.readValue();
        } catch (RuntimeException e) {
            throw SamlingException.badRequest("error.blockListRequired");
        }
        if (!(parsed instanceof JsonArray array)) {
            throw SamlingException.badRequest("error.blockListRequired");
        }
        List<BlockDefinition> all = blocks.all();
        List<String> names = new ArrayList<>();
        for (JsonValue value : array) {
            if (value instanceof JsonString name) {
                names.add(name.getString());
            } else if (value instanceof JsonNumber id && id.intValue() >= 1 && id.intValue() <= all.size()) {
                names.add(all.get(id.intValue() - 1).name());
            } else {
                throw SamlingException.badRequest("error.unknownBlock", String.valueOf(value));
            }
        }
        if (names.isEmpty()) {
            throw SamlingException.badRequest("error.blockListRequired");
        }
        engine.submit(new SetCollectionBlocksCommand(caller.context(), collection.getId(), names));
        return ApiResponses.okMessage("Metadata blocks of dataverse " + alias + " updated.");
    }

    @GET
    @Path("isRoot")
    public Response isRoot(@PathParam("alias") String alias) {
        return ApiResponses.ok(collectionBlocks.definesOwn(
                collections.require(alias).getId()) ? JsonValue.TRUE : JsonValue.FALSE);
    }

    /** Samling's own: {@code PUT .../metadatablocks/fields/{field}/internal?value=true|false|default}. */
    @PUT
    @Path("fields/{field}/internal")
    @Consumes(MediaType.WILDCARD)
    public Response internal(@PathParam("alias") String alias, @PathParam("field") String field,
                             @QueryParam("value") String value) {
        Collection collection = collections.require(alias);
        Boolean internal = switch (value == null ? "" : value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            case "default" -> null;
            default -> throw SamlingException.badRequest("error.badInternalValue");
        };
        engine.submit(new SetFieldInternalCommand(caller.context(), collection.getId(), field, internal));
        return ApiResponses.okMessage("Field " + field + " is " + (collectionBlocks.internalFields(collection.getId())
                .contains(field) ? "internal" : "public") + " in dataverse " + alias + ".");
    }
}
