package org.samling.dataset.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.samling.account.control.CurrentCaller;
import org.samling.collection.control.Collections;
import org.samling.dataset.control.ChangeTemplateCommand;
import org.samling.dataset.control.ChangeTemplateCommand.Change;
import org.samling.dataset.control.Licenses;
import org.samling.dataset.control.Templates;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.error.SamlingException;
import org.samling.platform.rest.ApiResponses;

/**
 * One template, where Dataverse puts it ({@code /api/dataverses/{templateId}/template}), and a
 * collection's default template ({@code /api/dataverses/{alias}/template/default}).
 */
@Path("dataverses")
@Produces(MediaType.APPLICATION_JSON)
public class TemplateResource {

    @Inject
    Templates templates;

    @Inject
    Licenses licenses;

    @Inject
    Collections collections;

    @Inject
    CommandEngine engine;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("{id: [0-9]+}/template")
    public Response one(@PathParam("id") long id) {
        Templates.Template template = templates.require(id);
        if (!engine.canIssue(org.samling.dataset.control.CreateDatasetCommand.class, caller.context(),
                ObjectRef.collection(template.collectionId()))) {
            throw SamlingException.notFound("error.templateNotFound", id);
        }
        return ApiResponses.ok(TemplatesResource.json(template, licenses));
    }

    @DELETE
    @Path("{id: [0-9]+}/template")
    public Response delete(@PathParam("id") long id) {
        Templates.Template template = templates.require(id);
        engine.submit(new ChangeTemplateCommand(caller.context(), collections.require(template.collectionAlias()), id,
                Change.DELETE));
        return ApiResponses.okMessage("Template " + template.name() + " deleted.");
    }

    @POST
    @Path("{alias}/template/default/{templateId: [0-9]+}")
    public Response makeDefault(@PathParam("alias") String alias, @PathParam("templateId") long templateId) {
        engine.submit(new ChangeTemplateCommand(caller.context(), collections.require(alias), templateId,
                Change.MAKE_DEFAULT));
        return ApiResponses.okMessage("The default dataset template has been successfully set for this dataverse.");
    }

    @DELETE
    @Path("{alias}/template/default")
    public Response noDefault(@PathParam("alias") String alias) {
        engine.submit(new ChangeTemplateCommand(caller.context(), collections.require(alias), null, Change.NO_DEFAULT));
        return ApiResponses.okMessage("The default dataset template has been successfully removed from this dataverse.");
    }
}
