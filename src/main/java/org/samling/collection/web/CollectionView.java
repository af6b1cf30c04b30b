package org.samling.collection.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.samling.platform.context.ObjectRef;
import org.samling.account.control.CurrentCaller;
import org.samling.collection.control.Collections;
import org.samling.collection.entity.Collection;
import org.samling.dataset.control.CreateDatasetCommand;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.error.SamlingException;
import org.samling.platform.web.FacesMessages;
import org.samling.search.control.SearchIndex;
import org.samling.search.control.SearchRequest;
import org.samling.search.web.SearchState;

/** A collection's page, {@code /dataverse/{alias}}: what it is, what is inside, newest first. */
@Named
@RequestScoped
public class CollectionView {

    @Inject
    Collections collections;

    @Inject
    SearchIndex index;

    @Inject
    CurrentCaller caller;

    @Inject
    CommandEngine engine;

    private String alias;
    private int start;
    private Collection collection;
    private List<Collection> lineage;
    private List<Collection> children;
    private SearchState datasets;

    public void load() throws IOException {
        collection = collections.byAlias(alias).orElse(null);
        if (collection == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "No such collection");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        lineage = collections.lineage(collection);
        children = collections.children(collection);
        datasets = SearchState.fromRequest("/dataverse/" + collection.getAlias(), java.util.Set.of(SearchRequest.Kind.DATASET));
        try {
            datasets.setResult(index.search(caller.context(), datasets.request(collection.getPath())));
        } catch (SamlingException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(400,
                    FacesMessages.text(e.messageKey(), e.arguments()));
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public boolean isCanAddDataset() {
        return engine.canIssue(CreateDatasetCommand.class, caller.context(), ObjectRef.collection(collection.getId()));
    }





    public Collection getCollection() {
        return collection;
    }

    public List<Collection> getLineage() {
        return lineage;
    }

    public List<Collection> getChildren() {
        return children;
    }

    public SearchState getDatasets() {
        return datasets;
    }

    public String getAlias() {
        return alias;
    }

    public void setAlias(String alias) {
        this.alias = alias;
    }

    public int getStart() {
        return start;
    }

    public void setStart(int start) {
        this.start = start;
    }
}
