package org.samling.dataset.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.samling.account.control.CurrentCaller;
import org.samling.collection.control.Collections;
import org.samling.collection.entity.Collection;
import org.samling.dataset.control.CreateTemplateCommand;
import org.samling.dataset.control.Licenses;
import org.samling.dataset.control.Templates;
import org.samling.metadata.control.MetadataBlocks;
import org.samling.metadata.entity.FieldDefinition;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.error.SamlingException;
import org.samling.platform.error.ValidationException;
import org.samling.platform.json.Json;
import org.samling.platform.rest.ApiResponses;
import org.samling.platform.rest.JsonBodies;

/** {@code /api/dataverses/{alias}/templates}: a collection's dataset templates, in Dataverse's shape. */
@Path("dataverses/{alias}/templates")
@Produces(MediaType.APPLICATION_JSON)
public class TemplatesResource {

    @Inject
    Collections collections;

    @Inject
    Templates templates;

    @Inject
    Licenses licenses;

    @Inject
    MetadataBlocks blocks;

    @Inject
    CommandEngine engine;

    @Inject
    CurrentCaller caller;

    @GET
    public Response list(@PathParam("alias") String alias) {
        Collection collection = collections.require(alias);
        if (!engine.canIssue(org.samling.dataset.control.CreateDatasetCommand.class, caller.context(),
                ObjectRef.collection(collection.getId()))) {
            throw caller.context().isGuest() ? SamlingException.forbidden("error.signInRequired")
                    : SamlingException.forbidden("error.permissionDenied", "ADD_DATASET");
        }
        JsonArrayBuilder json = Json.createArrayBuilder();
        templates.available(collection.getId()).forEach(t -> json.add(json(t, licenses)));
        return ApiResponses.ok(json.build());
    }

    /** Dataverse's body: {@code {"name", "isDefault", "fields": [dataset fields], "instructions": [...]}}. */
    @POST
    @Consumes(MediaType.WILDCARD)
    public Response create(@PathParam("alias") String alias, String body) {
        Collection collection = collections.require(alias);
        JsonObject json = JsonBodies.object(body);
        JsonObject values = json.get("datasetFields") instanceof JsonObject given ? given
                : byBlock(json.get("fields") instanceof JsonArray fields ? fields : JsonValue.EMPTY_JSON_ARRAY);
        JsonObjectBuilder instructions = Json.createObjectBuilder();
        if (json.get("instructions") instanceof JsonArray list) {
            list.getValuesAs(JsonObject.class).forEach(i -> instructions.add(i.getString("instructionField", ""),
                    i.getString("instructionText", "")));
        }
        long id = engine.submit(new CreateTemplateCommand(caller.context(), collection, json.getString("name", null),
                values, json.getString("license", null), json.getString("termsOfAccess", null),
                json.getString("termsOfUse", null), instructions.build(), json.getBoolean("isDefault", false)));
        return Response.created(URI.create("/api/dataverses/" + id + "/template"))
                .entity(Json.createObjectBuilder().add("status", "OK").add("data", json(templates.require(id), licenses))
                        .build()).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** A flat list of dataset fields, each put in the block that defines it. */
    private JsonObject byBlock(JsonArray fields) {
        Map<String, JsonArrayBuilder> grouped = new LinkedHashMap<>();
        for (JsonObject field : fields.getValuesAs(JsonObject.class)) {
            String name = field.getString("typeName", "");
            FieldDefinition definition = blocks.field(name).filter(f -> !f.isChild()).orElseThrow(() ->
                    new ValidationException(java.util.List.of(new ValidationException.Violation(name,
                            "validation.unknownFieldAnywhere", name))));
            JsonObjectBuilder complete = Json.createObjectBuilder(field);
            if (!field.containsKey("typeClass")) {
                complete.add("typeClass", definition.typeClass());
            }
            if (!field.containsKey("multiple")) {
                complete.add("multiple", definition.multiple());
            }
            grouped.computeIfAbsent(definition.block(), b -> Json.createArrayBuilder()).add(complete);
        }
        JsonObjectBuilder byBlock = Json.createObjectBuilder();
        grouped.forEach((block, list) -> byBlock.add(block, Json.createObjectBuilder().add("fields", list)));
        return byBlock.build();
    }

    static JsonObject json(Templates.Template template, Licenses licenses) {
        JsonObjectBuilder terms = Json.createObjectBuilder().add("fileAccessRequest", true);
        if (template.license() != null) {
            licenses.all().stream().filter(l -> l.name().equals(template.license())).findFirst()
                    .ifPresent(l -> terms.add("license", LicensesResource.json(l)));
        }
        if (template.termsOfUse() != null) {
            terms.add("termsOfUse", template.termsOfUse());
        }
        if (template.termsOfAccess() != null) {
            terms.add("termsOfAccess", template.termsOfAccess());
        }
        JsonArrayBuilder instructions = Json.createArrayBuilder();
        template.instructions().forEach((field, text) -> instructions.add(Json.createObjectBuilder()
                .add("instructionField", field).add("instructionText", text)));
        return Json.createObjectBuilder()
                .add("id", template.id())
                .add("name", template.name())
                .add("isDefault", template.isDefault())
                .add("usageCount", template.usageCount())
                .add("createTime", template.createdAt().toString())
                .add("createDate", template.createdAt().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString())
                .add("termsOfUseAndAccess", terms)
                .add("datasetFields", template.blocks())
                .add("instructions", instructions)
                .add("dataverseAlias", template.collectionAlias())
                .build();
    }
}
