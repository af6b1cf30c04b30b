package org.samling.dataset.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.samling.platform.context.ObjectRef;
import org.samling.account.control.CurrentCaller;
import org.samling.collection.control.Collections;
import org.samling.collection.entity.Collection;
import org.samling.dataset.control.CreateDatasetCommand;
import org.samling.dataset.control.CreatedDataset;
import org.samling.dataset.control.DatasetReader;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.control.UpdateMetadataCommand;
import org.samling.dataset.control.VisibleDataset;
import org.samling.dataset.entity.CitationMetadata;
import org.samling.dataset.entity.Dataset;
import org.samling.dataset.entity.DatasetMetadata;
import org.samling.dataset.entity.Languages;
import org.samling.dataset.entity.License;
import org.samling.dataset.entity.Subjects;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.error.SamlingException;
import org.samling.platform.web.FacesMessages;

/**
 * The form to create a dataset in a collection ({@code ?collection=alias}) or to edit a
 * dataset's draft ({@code ?persistentId=...}).
 */
@Named
@ViewScoped
public class DatasetEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Collections collections;

    @Inject
    Datasets datasets;

    @Inject
    DatasetReader reader;

    @Inject
    CommandEngine engine;

    @Inject
    CurrentCaller caller;

    private String collectionAlias;
    private String persistentId;
    private String title;
    private String alternativeTitle;
    private List<AuthorRow> authors = new ArrayList<>(List.of(new AuthorRow()));
    private String contactName;
    private String contactEmail;
    private String description;
    private String keywords;
    private List<String> subjects = new ArrayList<>();
    private List<String> languages = new ArrayList<>();
    private String license = License.CC0.name();
    private String termsOfAccess;
    private String dataUseAgreement;
    /** The stored blocks of the version being edited, so fields this form does not show are kept. */
    private String previousBlocks;

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
                }
                if (caller.user().isPresent()) {
                    contactName = caller.user().get().getDisplayName();
                    contactEmail = caller.user().get().getEmail();
                }
            }
        } catch (SamlingException e) {
            faces.getExternalContext().responseSendError(404, FacesMessages.text(e.messageKey(), e.arguments()));
            faces.responseComplete();
        }
    }

    private void loadExisting() {
        Dataset dataset = datasets.requireByGlobalId(persistentId);
        VisibleDataset visible = reader.open(caller.context(), dataset, null);
        if (!engine.canIssue(UpdateMetadataCommand.class, caller.context(), ObjectRef.dataset(dataset.getId()))) {
            throw SamlingException.notFound("error.datasetNotFound", persistentId);
        }
        DatasetMetadata previous = visible.metadata();
        previousBlocks = previous.blocksJson();
        CitationMetadata citation = previous.citation();
        title = citation.title();
        alternativeTitle = citation.alternativeTitle();
        authors = new ArrayList<>(citation.authors().stream()
                .map(a -> new AuthorRow(a.name(), a.affiliation(), a.orcid())).toList());
        if (authors.isEmpty()) {
            authors.add(new AuthorRow());
        }
        citation.contacts().stream().findFirst().ifPresent(c -> {
            contactName = c.name();
            contactEmail = c.email();
        });
        description = String.join("\n\n", citation.descriptions());
        keywords = String.join(", ", citation.keywords());
        subjects = new ArrayList<>(citation.subjects());
        languages = new ArrayList<>(citation.languages());
        license = previous.license().name();
        termsOfAccess = previous.terms().termsOfAccess();
        dataUseAgreement = previous.terms().dataUseAgreement();
    }

    private void redirectToSignIn(FacesContext faces) {
        try {
            String back = "/dataset-edit.xhtml?collection=" + collectionAlias;
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/login.xhtml?returnTo=" + java.net.URLEncoder.encode(back, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public void addAuthor() {
        authors.add(new AuthorRow());
    }

    public void removeAuthor(AuthorRow row) {
        authors.remove(row);
        if (authors.isEmpty()) {
            authors.add(new AuthorRow());
        }
    }

    public String save() {
        try {
            DatasetMetadata metadata = metadata();
            String target;
            if (persistentId == null) {
                Collection collection = collections.require(collectionAlias);
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
        } catch (SamlingException e) {
            FacesMessages.error(e);
            return null;
        }
    }

    private DatasetMetadata metadata() {
        List<CitationMetadata.Author> authorList = authors.stream()
                .filter(a -> !a.isBlank())
                .map(a -> new CitationMetadata.Author(trim(a.getName()), trim(a.getAffiliation()), trim(a.getOrcid())))
                .toList();
        List<CitationMetadata.Contact> contacts = (contactEmail == null || contactEmail.isBlank())
                && (contactName == null || contactName.isBlank())
                ? List.of() : List.of(new CitationMetadata.Contact(trim(contactName), trim(contactEmail)));
        List<String> descriptions = description == null || description.isBlank() ? List.of() : List.of(description.trim());
        List<String> keywordList = keywords == null ? List.of() : Arrays.stream(keywords.split("[,;\\n]"))
                .map(String::trim).filter(k -> !k.isEmpty()).distinct().toList();
        DatasetMetadata previous = previousBlocks == null ? null : DatasetMetadata.fromStored(previousBlocks, License.CC0);
        String deposited = previous == null ? null : previous.citation().dateOfDeposit();
        CitationMetadata citation = new CitationMetadata(trim(title), trim(alternativeTitle), authorList, contacts,
                descriptions, keywordList, subjects, languages, deposited);
        License chosen = License.byName(license).orElse(License.CC0);
        DatasetMetadata.Terms terms = new DatasetMetadata.Terms(termsOfAccess, dataUseAgreement);
        return (previous == null ? DatasetMetadata.of(citation, chosen)
                : previous.withCitation(citation).withLicense(chosen)).withTerms(terms);
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public boolean isCreating() {
        return persistentId == null;
    }

    public List<String> getAllSubjects() {
        return Subjects.ALL;
    }

    public List<String> getAllLanguages() {
        List<String> all = new ArrayList<>();
        Languages.known().forEach(all::add);
        return all;
    }

    public License[] getAllLicenses() {
        return License.values();
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

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getAlternativeTitle() {
        return alternativeTitle;
    }

    public void setAlternativeTitle(String alternativeTitle) {
        this.alternativeTitle = alternativeTitle;
    }

    public List<AuthorRow> getAuthors() {
        return authors;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getKeywords() {
        return keywords;
    }

    public void setKeywords(String keywords) {
        this.keywords = keywords;
    }

    public List<String> getSubjects() {
        return subjects;
    }

    public void setSubjects(List<String> subjects) {
        this.subjects = subjects;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages;
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
