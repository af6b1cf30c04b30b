package org.samling.metadata.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.samling.metadata.control.MetadataBlocks;
import org.samling.metadata.entity.BlockDefinition;
import org.samling.platform.error.SamlingException;
import org.samling.platform.json.Json;
import org.samling.platform.rest.ApiResponses;

/** {@code /api/metadatablocks}: every block this server knows, in Dataverse's shapes. */
@Path("metadatablocks")
@Produces(MediaType.APPLICATION_JSON)
public class MetadataBlocksResource {

    @Inject
    MetadataBlocks blocks;

    @GET
    public Response all(@QueryParam("onlyDisplayedOnCreate") boolean onlyOnCreate,
                        @QueryParam("returnDatasetFieldTypes") boolean withFields,
                        @HeaderParam("Accept-Language") String language) {
        List<BlockDefinition> all = blocks.all();
        JsonArrayBuilder json = Json.createArrayBuilder();
        for (int i = 0; i < all.size(); i++) {
            BlockDefinition block = all.get(i);
            json.add(withFields ? BlockJson.full(block, i + 1, blocks, locale(language), onlyOnCreate, defaults(block))
                    : BlockJson.brief(block, i + 1));
        }
        return ApiResponses.ok(json.build());
    }

    @GET
    @Path("{name}")
    public Response one(@PathParam("name") String name, @HeaderParam("Accept-Language") String language) {
        List<BlockDefinition> all = blocks.all();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).name().equals(name)) {
                return ApiResponses.ok(BlockJson.full(all.get(i), i + 1, blocks, locale(language), false,
                        defaults(all.get(i))));
            }
        }
        throw SamlingException.notFound("error.unknownBlock", name);
    }

    static Set<String> defaults(BlockDefinition block) {
        return block.fields().values().stream().filter(f -> f.internalByDefault()).map(f -> f.name())
                .collect(java.util.stream.Collectors.toSet());
    }

    /** Labels in the language the client asks for (Accept-Language), English otherwise. */
    static Locale locale(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            return Locale.LanguageRange.parse(acceptLanguage).stream().map(r -> Locale.forLanguageTag(r.getRange()))
                    .filter(l -> List.of("en", "sv", "nb", "no", "nn").contains(l.getLanguage())).findFirst()
                    .orElse(Locale.ENGLISH);
        } catch (IllegalArgumentException e) {
            return Locale.ENGLISH;
        }
    }
}
