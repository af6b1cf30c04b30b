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
import org.samling.search.control.SearchPage;
import org.samling.search.control.SearchService;

/** A collection's page, {@code /dataverse/{alias}}: what it is, what is inside, newest first. */
@Named
@RequestScoped
public class CollectionView {

    static final int PAGE_SIZE = 20;

    @Inject
    Collections collections;

    @Inject
    SearchService search;

    @Inject
    CurrentCaller caller;

    @Inject
    CommandEngine engine;

    private String alias;
    private int start;
    private Collection collection;
    private List<Collection> lineage;
    private List<Collection> children;
    private SearchPage datasets;

    public void load() throws IOException {
        collection = collections.byAlias(alias).orElse(null);
        if (collection == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "No such collection");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        lineage = collections.lineage(collection);
        children = collections.children(collection);
        datasets = search.search(caller.context(), "*", collection.getPath(), Math.max(0, start), PAGE_SIZE);
    }

    public boolean isCanAddDataset() {
        return engine.canIssue(CreateDatasetCommand.class, caller.context(), ObjectRef.collection(collection.getId()));
    }

    public boolean isHasNext() {
        return start + PAGE_SIZE < datasets.totalCount();
    }

    public boolean isHasPrevious() {
        return start > 0;
    }

    public int getNextStart() {
        return start + PAGE_SIZE;
    }

    public int getPreviousStart() {
        return Math.max(0, start - PAGE_SIZE);
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

    public SearchPage getDatasets() {
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
