package io.shopfloor.console.roles;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.PrimeFaces;

import io.shopfloor.platform.roles.boundary.Roles;
import io.shopfloor.platform.roles.entity.PermissionMatrix;
import io.shopfloor.platform.roles.entity.RoleDetails;
import io.shopfloor.web.common.Texts;
import io.shopfloor.web.common.ServiceErrors;

/** The roles of the administrator's organization and the permission matrix of one of them. */
@Named
@ViewScoped
public class RoleAdministration implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Roles roles;

    private List<RoleDetails> list;
    private String newName;
    private String newDescription;
    private UUID renamingId;
    private String renameTo;
    private RoleDetails selected;
    private PermissionMatrix matrix;

    @PostConstruct
    void load() {
        list = null;
    }

    public List<RoleDetails> getList() {
        if (list == null) {
            list = roles.list();
        }
        return list;
    }

    public void create() {
        try {
            RoleDetails created = roles.create(newName, newDescription, Set.of());
            Texts.info("roles.created", created.name());
            newName = null;
            newDescription = null;
            list = null;
            select(created);
            PrimeFaces.current().executeScript("PF('newRoleDialog').hide()");
        } catch (RuntimeException e) {
            ServiceErrors.show(e, Map.of("name", "newRole:name", "description", "newRole:description"));
        }
    }

    public void startRename(RoleDetails role) {
        renamingId = role.id();
        renameTo = role.name();
    }

    public void rename() {
        try {
            RoleDetails renamed = roles.rename(renamingId, renameTo);
            Texts.info("roles.renamed", renamed.name());
            list = null;
            if (selected != null && selected.id().equals(renamed.id())) {
                selected = renamed;
            }
            PrimeFaces.current().executeScript("PF('renameRoleDialog').hide()");
        } catch (RuntimeException e) {
            ServiceErrors.show(e, Map.of("name", "renameRole:name"));
        }
    }

    public void delete(RoleDetails role) {
        try {
            roles.delete(role.id());
            Texts.info("roles.deleted", role.name());
            list = null;
            if (selected != null && selected.id().equals(role.id())) {
                selected = null;
                matrix = null;
            }
        } catch (RuntimeException e) {
            ServiceErrors.show(e, Map.of());
        }
    }

    public void select(RoleDetails role) {
        selected = role;
        matrix = PermissionMatrix.of(role.permissions());
    }

    public void savePermissions() {
        try {
            selected = roles.setPermissions(selected.id(), matrix.toGrants());
            matrix = PermissionMatrix.of(selected.permissions());
            list = null;
            Texts.info("roles.permissionsSaved", selected.name());
        } catch (RuntimeException e) {
            ServiceErrors.show(e, Map.of());
        }
    }


    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewDescription() {
        return newDescription;
    }

    public void setNewDescription(String newDescription) {
        this.newDescription = newDescription;
    }

    public String getRenameTo() {
        return renameTo;
    }

    public void setRenameTo(String renameTo) {
        this.renameTo = renameTo;
    }

    public RoleDetails getSelected() {
        return selected;
    }

    public PermissionMatrix getMatrix() {
        return matrix;
    }
}
