package org.samling.search.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import org.samling.account.control.CurrentCaller;
import org.samling.collection.control.Collections;
import org.samling.collection.entity.Collection;
import org.samling.dataset.control.CreateDatasetCommand;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.context.ObjectRef;
import org.samling.search.control.CollectionCounts;
import org.samling.search.control.EntryPoints;
import org.samling.search.control.FacetField;
import org.samling.search.control.FacetFilter;
import org.samling.search.control.Hit;
import org.samling.search.control.IndexRebuild;
import org.samling.search.control.IndexState;
import org.samling.search.control.RebuildIndexCommand;
import org.samling.search.control.SearchIndex;
import org.samling.search.control.SearchRequest;
import org.samling.search.control.SearchResult;

/**
 * The home page: the search box, the collections with their dataset counts and the subjects as
 * ways in (counted at most once a minute, {@link EntryPoints}), the newest datasets, and for
 * administrators a rebuild of the index in progress.
 */
@Named
@RequestScoped
public class HomeView {

    static final int NEWEST = 10;

    public record Subject(String name, long count, String href) {
    }

    @Inject
    SearchIndex index;

    @Inject
    EntryPoints entryPoints;

    @Inject
    IndexRebuild rebuild;

    @Inject
    CurrentCaller caller;

    @Inject
    Collections collections;

    @Inject
    CommandEngine engine;

    private SearchResult newest;
    private Collection root;
    private EntryPoints.Snapshot ways;

    @PostConstruct
    void load() {
        newest = index.search(caller.context(), SearchRequest.browse(Set.of(SearchRequest.Kind.DATASET), null, 0, NEWEST));
        root = collections.require(Collection.ROOT);
        ways = entryPoints.current(root.getId(), caller.context().time());
    }

    public List<Hit> getNewest() {
        return newest.hits();
    }

    public List<CollectionCounts.Entry> getCollections() {
        return ways.collections();
    }

    public List<Subject> getSubjects() {
        String context = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return ways.subjects().entrySet().stream()
                .map(e -> new Subject(e.getKey(), e.getValue(), context + "/search.xhtml?type=dataset&fq="
                        + java.net.URLEncoder.encode(FacetFilter.fq(FacetField.SUBJECT, e.getKey()),
                        java.nio.charset.StandardCharsets.UTF_8)))
                .toList();
    }

    public Collection getRoot() {
        return root;
    }

    public boolean isCanAddDataset() {
        return engine.canIssue(CreateDatasetCommand.class, caller.context(), ObjectRef.collection(root.getId()));
    }

    /** The rebuild in progress, for those who may start one; null otherwise. */
    public IndexState getRebuilding() {
        if (!engine.canIssue(RebuildIndexCommand.class, caller.context(), ObjectRef.collection(root.getId()))) {
            return null;
        }
        IndexState state = rebuild.state();
        return state.rebuilding() ? state : null;
    }
}
