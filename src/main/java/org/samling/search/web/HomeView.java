package org.samling.search.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.samling.platform.context.ObjectRef;
import org.samling.account.control.CurrentCaller;
import org.samling.collection.control.Collections;
import org.samling.collection.entity.Collection;
import org.samling.dataset.control.CreateDatasetCommand;
import org.samling.platform.command.CommandEngine;
import org.samling.search.control.SearchHit;
import org.samling.search.control.SearchService;

/** The home page: the search box and the newest datasets. */
@Named
@RequestScoped
public class HomeView {

    static final int NEWEST = 10;

    @Inject
    SearchService search;

    @Inject
    CurrentCaller caller;

    @Inject
    Collections collections;

    @Inject
    CommandEngine engine;

    private List<SearchHit> newest;
    private Collection root;

    @PostConstruct
    void load() {
        newest = search.search(caller.context(), "*", 0, NEWEST).hits();
        root = collections.require(Collection.ROOT);
    }

    public List<SearchHit> getNewest() {
        return newest;
    }

    public Collection getRoot() {
        return root;
    }

    public boolean isCanAddDataset() {
        return engine.canIssue(CreateDatasetCommand.class, caller.context(), ObjectRef.collection(root.getId()));
    }
}
