package org.samling.access.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.samling.access.control.AssignRoleCommand;
import org.samling.access.control.Assignments;
import org.samling.access.control.GroupReader;
import org.samling.access.control.GroupSpec;
import org.samling.access.control.RevokeRoleCommand;
import org.samling.access.control.SaveGroupCommand;
import org.samling.platform.context.ObjectRef;
import org.samling.account.control.CurrentCaller;
import org.samling.collection.control.Collections;
import org.samling.collection.control.SetFileCategoriesCommand;
import org.samling.collection.control.SetGrantDaysCommand;
import org.samling.collection.entity.Collection;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.entity.Dataset;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.error.SamlingException;
import org.samling.platform.web.FacesMessages;

/**
 * {@code permissions.xhtml?collection=} or {@code ?persistentId=}: who has which role here, giving
 * and taking roles, and (for a collection) its groups.
 */
@Named
@ViewScoped
public class PermissionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Assignments assignments;

    @Inject
    GroupReader groupReader;

    @Inject
    Collections collections;

    @Inject
    Datasets datasets;

    @Inject
    CommandEngine engine;

    @Inject
    CurrentCaller caller;

    private String collectionAlias;
    private String persistentId;
    private String heading;
    private String collectionPath;
    private ObjectRef target;
    private transient List<Assignments.AssignmentRow> rows;
    private transient List<GroupReader.GroupRow> groups;
    private String assignee;
    private String role;
    private String groupAlias;
    private String groupName;
    private String groupKind = "EXPLICIT";
    private String groupContents;
    private Integer grantDays;
    private String fileCategories;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        try {
            if (persistentId != null) {
                Dataset dataset = datasets.requireByGlobalId(persistentId);
                target = ObjectRef.dataset(dataset.getId());
                heading = datasets.draft(dataset).or(() -> datasets.released(dataset)).map(v -> v.getTitle()).orElse("");
                collectionPath = collections.find(dataset.getCollectionId()).orElseThrow().getPath();
            } else {
                Collection collection = collections.require(collectionAlias == null ? Collection.ROOT : collectionAlias);
                collectionAlias = collection.getAlias();
                target = ObjectRef.collection(collection.getId());
                heading = collection.getName();
                collectionPath = collection.getPath();
                grantDays = collection.getGrantDays();
                fileCategories = String.join("\n", collection.getFileCategories());
            }
            getRows();
        } catch (SamlingException e) {
            faces.getExternalContext().responseSendError(e.status() == 403 ? 403 : 404,
                    FacesMessages.text(e.messageKey(), e.arguments()));
            faces.responseComplete();
        }
    }

    public List<Assignments.AssignmentRow> getRows() {
        if (rows == null) {
            rows = assignments.on(caller.context(), target);
        }
        return rows;
    }

    public List<Assignments.RoleRow> getRoles() {
        return assignments.roles(collectionPath);
    }

    public List<GroupReader.GroupRow> getGroups() {
        if (groups == null) {
            groups = isForCollection() ? groupReader.of(caller.context(), collections.require(collectionAlias)) : List.of();
        }
        return groups;
    }

    public boolean isForCollection() {
        return persistentId == null;
    }

    public void assign() {
        try {
            engine.submit(new AssignRoleCommand(caller.context(), target, assignee, role));
            FacesMessages.info("permissions.assigned", assignee, role);
            assignee = null;
            rows = null;
        } catch (SamlingException e) {
            FacesMessages.error(e);
        }
    }

    public void revoke(Assignments.AssignmentRow row) {
        try {
            engine.submit(new RevokeRoleCommand(caller.context(), target, row.id()));
            FacesMessages.info("permissions.revoked", row.assignee(), row.roleAlias());
            rows = null;
        } catch (SamlingException e) {
            FacesMessages.error(e);
        }
    }

    public void saveGroup() {
        List<String> contents = groupContents == null ? List.of()
                : Arrays.stream(groupContents.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
        GroupSpec spec = new GroupSpec(groupAlias, groupName, groupKind, contents, contents, contents);
        try {
            engine.submit(new SaveGroupCommand(caller.context(), collections.require(collectionAlias), spec));
            FacesMessages.info("permissions.groupSaved", "&" + groupAlias);
            groups = null;
            groupAlias = null;
            groupName = null;
            groupContents = null;
        } catch (SamlingException e) {
            FacesMessages.error(e);
        }
    }

    public void saveGrantDays() {
        try {
            engine.submit(new SetGrantDaysCommand(caller.context(), collections.require(collectionAlias),
                    grantDays == null ? 0 : grantDays));
            FacesMessages.info("permissions.saved");
        } catch (SamlingException e) {
            FacesMessages.error(e);
        }
    }

    public void saveFileCategories() {
        List<String> names = fileCategories == null ? List.of() : List.of(fileCategories.split("[\\r\\n,]+"));
        try {
            Collection saved = engine.submit(new SetFileCategoriesCommand(caller.context(),
                    collections.require(collectionAlias), names));
            fileCategories = String.join("\n", saved.getFileCategories());
            FacesMessages.info("permissions.saved");
        } catch (SamlingException e) {
            FacesMessages.error(e);
        }
    }

    public String getFileCategories() {
        return fileCategories;
    }

    public void setFileCategories(String fileCategories) {
        this.fileCategories = fileCategories;
    }

    public Integer getGrantDays() {
        return grantDays;
    }

    public void setGrantDays(Integer grantDays) {
        this.grantDays = grantDays;
    }

    public String getHeading() {
        return heading;
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

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getGroupAlias() {
        return groupAlias;
    }

    public void setGroupAlias(String groupAlias) {
        this.groupAlias = groupAlias;
    }

    public String getGroupName() {
        return groupName;
    }

    public void setGroupName(String groupName) {
        this.groupName = groupName;
    }

    public String getGroupKind() {
        return groupKind;
    }

    public void setGroupKind(String groupKind) {
        this.groupKind = groupKind;
    }

    public String getGroupContents() {
        return groupContents;
    }

    public void setGroupContents(String groupContents) {
        this.groupContents = groupContents;
    }
}
