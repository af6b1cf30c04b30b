package org.samling.curation.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.samling.account.control.CurrentCaller;
import org.samling.collection.control.Collections;
import org.samling.collection.control.SetRequireReviewCommand;
import org.samling.collection.entity.Collection;
import org.samling.metadata.control.CollectionBlocks;
import org.samling.metadata.control.MetadataBlocks;
import org.samling.metadata.control.SetCollectionBlocksCommand;
import org.samling.metadata.control.SetFieldInternalCommand;
import org.samling.metadata.entity.BlockDefinition;
import org.samling.metadata.web.Option;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.error.SamlingException;
import org.samling.platform.web.FacesMessages;

/**
 * A collection's curation settings (on its settings page): whether deposits are reviewed before
 * publication, which metadata blocks its datasets use, and which fields are curator-only.
 */
@Named
@ViewScoped
public class CollectionCurationPanel implements Serializable {

    private static final long serialVersionUID = 1L;

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

    private String alias;
    private boolean requireReview;
    private List<String> enabled = new ArrayList<>();
    private List<String> internal = new ArrayList<>();
    private Set<String> internalBefore = Set.of();

    /** Reads the collection's settings once per view. */
    public void open(String collectionAlias) {
        if (collectionAlias == null || collectionAlias.equals(alias) || FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        Collection collection = collections.require(collectionAlias);
        alias = collection.getAlias();
        requireReview = collection.isRequireReview();
        enabled = new ArrayList<>(collectionBlocks.enabled(collection.getId()).stream().map(BlockDefinition::name).toList());
        internalBefore = Set.copyOf(collectionBlocks.internalFields(collection.getId()));
        internal = new ArrayList<>(internalBefore);
    }

    public void save() {
        try {
            Collection collection = collections.require(alias);
            if (collection.isRequireReview() != requireReview) {
                engine.submit(new SetRequireReviewCommand(caller.context(), collection, requireReview));
            }
            engine.submit(new SetCollectionBlocksCommand(caller.context(), collection.getId(), enabled));
            Set<String> now = new HashSet<>(internal);
            for (Option field : getAllFields()) {
                String name = field.value();
                if (now.contains(name) != internalBefore.contains(name)) {
                    List<String> affected = new ArrayList<>(List.of(name));
                    blocks.field(name).ifPresent(f -> affected.addAll(f.children()));
                    for (String one : affected) {
                        engine.submit(new SetFieldInternalCommand(caller.context(), collection.getId(), one, now.contains(name)));
                    }
                }
            }
            internalBefore = Set.copyOf(collectionBlocks.internalFields(collection.getId()));
            FacesMessages.info("settings.saved");
        } catch (SamlingException e) {
            FacesMessages.error(e);
        }
    }

    public List<Option> getAllBlocks() {
        var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return blocks.all().stream().map(b -> new Option(b.name(), blocks.displayName(b, locale))).toList();
    }

    /** The top-level fields of the enabled blocks, "Block: Field". */
    public List<Option> getAllFields() {
        var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        List<Option> fields = new ArrayList<>();
        for (BlockDefinition block : blocks.all()) {
            if (enabled.contains(block.name())) {
                block.topLevel().forEach(f -> fields.add(new Option(f.name(),
                        blocks.displayName(block, locale) + ": " + blocks.title(f, locale))));
            }
        }
        return fields;
    }

    public boolean isRequireReview() {
        return requireReview;
    }

    public void setRequireReview(boolean requireReview) {
        this.requireReview = requireReview;
    }

    public List<String> getEnabled() {
        return enabled;
    }

    public void setEnabled(List<String> enabled) {
        this.enabled = enabled == null ? new ArrayList<>() : new ArrayList<>(enabled);
    }

    public List<String> getInternal() {
        return internal;
    }

    public void setInternal(List<String> internal) {
        this.internal = internal == null ? new ArrayList<>() : new ArrayList<>(internal);
    }
}
