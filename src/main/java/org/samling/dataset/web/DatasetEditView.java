package org.samling.dataset.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.samling.account.control.CurrentCaller;
import org.samling.collection.control.Collections;
import org.samling.collection.entity.Collection;
import org.samling.dataset.control.CreateDatasetCommand;
import org.samling.dataset.control.CreatedDataset;
import org.samling.dataset.control.DatasetReader;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.control.Licenses;
import org.samling.dataset.control.Templates;
import org.samling.dataset.control.UpdateMetadataCommand;
import org.samling.dataset.control.VisibleDataset;
import org.samling.dataset.entity.Dataset;
import org.samling.dataset.entity.DatasetMetadata;
import org.samling.dataset.entity.License;
import org.samling.metadata.control.CollectionBlocks;
import org.samling.metadata.control.MetadataBlocks;
import org.samling.metadata.web.MetadataForm;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.error.SamlingException;
import org.samling.platform.error.ValidationException;
import org.samling.platform.json.Json;
import org.samling.platform.web.FacesMessages;

/**
 * The form to create a dataset in a collection ({@code ?collection=alias}, starting from its
 * default template or {@code &template=id}) or to edit a dataset's draft ({@code ?persistentId=...}):
 * the blocks the collection enables, the license or custom terms, the terms of access.
 */
@Named
@ViewScoped
public class DatasetEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String CUSTOM_TERMS = "custom";

    @Inject
    Collections collections;

    @Inject
    Datasets datasets;

    @Inject
    DatasetReader reader;

    @Inject
    CollectionBlocks collectionBlocks;

    @Inject
    MetadataBlocks blocks;

    @Inject
    Templates templates;

    @Inject
    Licenses licenses;

    @Inject
    org.samling.dataset.control.MetadataRules rules;

    @Inject
    CommandEngine engine;

    @Inject
    CurrentCaller caller;

    private String collectionAlias;
    private String persistentId;
    private Long templateId;
    private MetadataForm form;
    private String license;
    private String termsOfAccess;
    private String dataUseAgreement;
    /** The stored blocks of the version being edited, so blocks this form does not show are kept. */
    private String previousBlocks = "{}";
    private List<String> problems = List.of();

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        try {
            if (persistentId != null) {
                loadExisting();
            } else {
                Collection collection = collections.require(collectionAlias == null ? Collection.ROOT : collectionAlias);
                collectionAlias = collection.getAlias();
                if (!engine.canIssue(CreateDatasetCommand.class, caller.context(), ObjectRef.collection(collection.getId()))) {
                    redirectToSignIn(faces);
                    return;
                }
                startFrom(collection, templateId == null ? templates.defaultFor(collection.getId()).orElse(null)
                        : templates.available(collection.getId()).stream().filter(t -> t.id() == templateId).findFirst()
                        .orElseThrow(() -> SamlingException.notFound("error.templateNotFound", templateId)));
            }
        } catch (SamlingException e) {
            faces.getExternalContext().responseSendError(404, FacesMessages.text(e.messageKey(), e.arguments()));
            faces.responseComplete();
        }
    }

    /** A new dataset: the template's values, and the depositor as contact unless the template names one. */
    private void startFrom(Collection collection, Templates.Template template) {
        JsonObject start = template == null ? JsonValue.EMPTY_JSON_OBJECT : template.blocks();
        if (caller.user().isPresent() && DatasetMetadata.fieldsOf(start, "citation").getValuesAs(JsonObject.class)
                .stream().noneMatch(f -> "datasetContact".equals(f.getString("typeName", "")))) {
            var user = caller.user().get();
            var contact = Json.createObjectBuilder()
                    .add("datasetContactName", part("datasetContactName", user.getDisplayName()))
                    .add("datasetContactEmail", part("datasetContactEmail", user.getEmail()));
            var citation = Json.createArrayBuilder(DatasetMetadata.fieldsOf(start, "citation"))
                    .add(Json.createObjectBuilder().add("typeName", "datasetContact").add("multiple", true)
                            .add("typeClass", "compound").add("value", Json.createArrayBuilder().add(contact)));
            start = Json.createObjectBuilder(start).add("citation", Json.createObjectBuilder().add("fields", citation))
                    .build();
        }
        templateId = template == null ? null : template.id();
        license = template == null || template.license() == null
                ? template != null && template.termsOfUse() != null ? CUSTOM_TERMS : licenses.defaultLicense().displayName()
                : template.license();
        termsOfAccess = template == null ? null : template.termsOfAccess();
        dataUseAgreement = template == null ? null : template.termsOfUse();
        form = MetadataForm.of(collectionBlocks.enabled(collection.getId()), start,
                collectionBlocks.internalFields(collection.getId()), blocks, locale());
    }

    private static JsonObject part(String name, String value) {
        return Json.createObjectBuilder().add("typeName", name).add("multiple", false).add("typeClass", "primitive")
                .add("value", value == null ? "" : value).build();
    }

    private void loadExisting() {
        Dataset dataset = datasets.requireByGlobalId(persistentId);
        VisibleDataset visible = reader.open(caller.context(), dataset, null);
        if (!engine.canIssue(UpdateMetadataCommand.class, caller.context(), ObjectRef.dataset(dataset.getId()))) {
            throw SamlingException.notFound("error.datasetNotFound", persistentId);
        }
        DatasetMetadata previous = visible.metadata();
        previousBlocks = previous.blocksJson();
        license = previous.license().isCustom() ? CUSTOM_TERMS : previous.license().displayName();
        termsOfAccess = previous.terms().termsOfAccess();
        dataUseAgreement = previous.terms().dataUseAgreement();
        collectionAlias = visible.collection().getAlias();
        form = MetadataForm.of(collectionBlocks.enabled(dataset.getCollectionId()), previous.blocks(),
                collectionBlocks.internalFields(dataset.getCollectionId()), blocks, locale());
    }

    private void redirectToSignIn(FacesContext faces) {
        try {
            String back = "/dataset-edit.xhtml?collection=" + collectionAlias;
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/login.xhtml?returnTo=" + java.net.URLEncoder.encode(back, java.nio.charset.StandardCharsets.UTF_8));
            faces.responseComplete();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Starts the form again from another template (new datasets only). */
    public void chooseTemplate() {
        Collection collection = collections.require(collectionAlias);
        Long chosen = templateId;
        startFrom(collection, chosen == null ? null : templates.available(collection.getId()).stream()
                .filter(t -> t.id() == chosen).findFirst().orElse(null));
    }

    public String save() {
        try {
            DatasetMetadata metadata = metadata();
            Collection collection = collections.require(collectionAlias);
            var violations = rules.violations(persistentId == null ? collection.getId()
                    : datasets.requireByGlobalId(persistentId).getCollectionId(), metadata);
            if (!violations.isEmpty()) {
                problems = form.showErrors(violations, locale(), blocks);
                FacesMessages.error(new ValidationException(violations));
                return null;
            }
            String target;
            if (persistentId == null) {
                CreatedDataset created = engine.submit(new CreateDatasetCommand(caller.context(), collection, metadata));
                target = created.dataset().getGlobalId().asString();
                FacesMessages.info("dataset.created");
            } else {
                Dataset dataset = datasets.requireByGlobalId(persistentId);
                engine.submit(new UpdateMetadataCommand(caller.context(), dataset, metadata));
                target = persistentId;
                FacesMessages.info("dataset.saved");
            }
            FacesMessages.keepForRedirect();
            return "/dataset.xhtml?faces-redirect=true&persistentId=" + target;
        } catch (ValidationException e) {
            problems = form.showErrors(e.violations(), locale(), blocks);
            FacesMessages.error(e);
            return null;
        } catch (SamlingException e) {
            FacesMessages.error(e);
            return null;
        }
    }

    private DatasetMetadata metadata() {
        JsonObject blocksJson = form.blocks(DatasetMetadata.fromStored(previousBlocks, License.CUSTOM).blocks());
        License chosen = CUSTOM_TERMS.equals(license) ? License.CUSTOM : licenses.chosen(license);
        return DatasetMetadata.fromBlocks(blocksJson, chosen)
                .withTerms(new DatasetMetadata.Terms(blank(termsOfAccess), blank(dataUseAgreement)));
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public boolean isCreating() {
        return persistentId == null;
    }

    public MetadataForm getForm() {
        return form;
    }

    public List<String> getProblems() {
        return problems;
    }

    public List<Licenses.Entry> getAllLicenses() {
        return licenses.active();
    }

    public String getCustomTerms() {
        return CUSTOM_TERMS;
    }

    public List<Templates.Template> getTemplates() {
        return isCreating() && collectionAlias != null
                ? templates.available(collections.require(collectionAlias).getId()) : List.of();
    }

    public String getCollectionAlias() {
        return collectionAlias;
    }

    public void setCollectionAlias(String collectionAlias) {
        this.collectionAlias = collectionAlias;
    }

    public String getPersistentId() {
        return persistentId;
    }

    public void setPersistentId(String persistentId) {
        this.persistentId = persistentId;
    }

    public Long getTemplateId() {
        return templateId;
    }

    public void setTemplateId(Long templateId) {
        this.templateId = templateId;
    }

    public String getTermsOfAccess() {
        return termsOfAccess;
    }

    public void setTermsOfAccess(String termsOfAccess) {
        this.termsOfAccess = termsOfAccess;
    }

    public String getDataUseAgreement() {
        return dataUseAgreement;
    }

    public void setDataUseAgreement(String dataUseAgreement) {
        this.dataUseAgreement = dataUseAgreement;
    }

    public String getLicense() {
        return license;
    }

    public void setLicense(String license) {
        this.license = license;
    }
}
