package io.shopfloor.console.users;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.PrimeFaces;

import io.shopfloor.platform.users.boundary.Users;
import io.shopfloor.platform.users.entity.CreatedUser;
import io.shopfloor.platform.users.entity.NewUser;
import io.shopfloor.platform.users.entity.RoleView;
import io.shopfloor.platform.users.entity.SetPasswordLink;
import io.shopfloor.platform.users.entity.UserEdit;
import io.shopfloor.platform.users.entity.UserView;
import io.shopfloor.web.common.Texts;
import io.shopfloor.web.common.ServiceErrors;
import io.shopfloor.web.common.ServiceList;

/**
 * The users of the administrator's organization: list with search, create (with a password or
 * a one-time link), edit, assign roles, new password or link, deactivate.
 */
@Named
@ViewScoped
public class UserAdministration implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> INPUTS = Map.of(
            "email", "newUser:email", "displayName", "newUser:displayName",
            "initialPassword", "newUser:password", "roleIds", "newUser:roles");

    @EJB
    Users users;

    private String search;
    private String email;
    private String displayName;
    private String password;
    private boolean useLink;
    private List<String> roleIds = new ArrayList<>();
    private List<RoleView> roles;

    /** The user being edited, assigned roles or given a new password in a dialog. */
    private UserView chosen;
    private String editEmail;
    private String editDisplayName;
    private List<String> chosenRoleIds = new ArrayList<>();
    private String newPassword;
    /** A one-time link just made, shown once; never kept beyond this view. */
    private String link;
    private String linkFor;

    private final ServiceList<UserView> model = ServiceList.of((page, filters) -> users.list(search, page), user -> user.id().toString());

    public void create() {
        try {
            List<UUID> chosenRoles = roleIds.stream().map(UUID::fromString).toList();
            if (useLink) {
                CreatedUser created = users.createWithLink(new NewUser(email, displayName, null, chosenRoles));
                showLink(created.user(), created.link());
                Texts.info("users.createdWithLink", created.user().displayName());
            } else {
                UserView created = users.create(new NewUser(email, displayName, password, chosenRoles));
                Texts.info("users.created", created.displayName(), created.email());
            }
            email = null;
            displayName = null;
            password = null;
            useLink = false;
            roleIds = new ArrayList<>();
            PrimeFaces.current().executeScript("PF('newUserDialog').hide()");
        } catch (RuntimeException e) {
            ServiceErrors.show(e, INPUTS);
        }
    }

    /** Prepares the dialogs for one user (edit, roles, password). */
    public void choose(UserView user) {
        chosen = user;
        editEmail = user.email();
        editDisplayName = user.displayName();
        chosenRoleIds = getRoles().stream().filter(r -> user.roles().contains(r.name())).map(r -> r.id().toString())
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        newPassword = null;
    }

    public void saveEdit() {
        try {
            UserView saved = users.update(chosen.id(), chosen.version(), new UserEdit(editEmail, editDisplayName));
            Texts.info("users.saved", saved.displayName());
            PrimeFaces.current().executeScript("PF('editUserDialog').hide()");
        } catch (RuntimeException e) {
            ServiceErrors.show(e, Map.of("email", "editUser:email", "displayName", "editUser:displayName"));
        }
    }

    public void saveRoles() {
        try {
            UserView saved = users.assignRoles(chosen.id(), chosenRoleIds.stream().map(UUID::fromString).toList());
            Texts.info("users.rolesSaved", saved.displayName(), saved.roleNames());
            PrimeFaces.current().executeScript("PF('userRolesDialog').hide()");
        } catch (RuntimeException e) {
            ServiceErrors.show(e, Map.of("roleIds", "userRoles:roles"));
        }
    }

    public void setPassword() {
        try {
            users.resetPassword(chosen.id(), newPassword);
            newPassword = null;
            Texts.info("users.passwordSet", chosen.displayName());
            PrimeFaces.current().executeScript("PF('passwordDialog').hide()");
        } catch (RuntimeException e) {
            ServiceErrors.show(e, Map.of("newPassword", "password:newPassword"));
        }
    }

    public void makeLink() {
        try {
            showLink(chosen, users.resetPasswordWithLink(chosen.id()));
            Texts.info("users.passwordLink", chosen.displayName());
            PrimeFaces.current().executeScript("PF('passwordDialog').hide()");
        } catch (RuntimeException e) {
            ServiceErrors.show(e, Map.of());
        }
    }

    private void showLink(UserView user, SetPasswordLink made) {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        String base = external.getRequestScheme() + "://" + external.getRequestServerName() + ":" + external.getRequestServerPort()
                + external.getRequestContextPath();
        link = base + "/set-password.xhtml?token=" + made.token();
        linkFor = user.displayName() + " (" + user.email() + "), valid until "
                + made.expiresAt().format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")) + ", once";
        PrimeFaces.current().executeScript("PF('linkDialog').show()");
    }

    /** Forgets the shown link once the administrator closed its dialog. */
    public void forgetLink() {
        link = null;
        linkFor = null;
    }

    public void deactivate(UserView user) {
        try {
            users.deactivate(user.id());
            Texts.info("users.deactivated", user.displayName());
        } catch (RuntimeException e) {
            ServiceErrors.show(e, Map.of());
        }
    }


    public List<RoleView> getRoles() {
        if (roles == null) {
            roles = users.roles();
        }
        return roles;
    }

    public ServiceList<UserView> getModel() {
        return model;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<String> getRoleIds() {
        return roleIds;
    }

    public void setRoleIds(List<String> roleIds) {
        this.roleIds = roleIds;
    }

    public boolean isUseLink() {
        return useLink;
    }

    public void setUseLink(boolean useLink) {
        this.useLink = useLink;
    }

    public UserView getChosen() {
        return chosen;
    }

    public String getEditEmail() {
        return editEmail;
    }

    public void setEditEmail(String editEmail) {
        this.editEmail = editEmail;
    }

    public String getEditDisplayName() {
        return editDisplayName;
    }

    public void setEditDisplayName(String editDisplayName) {
        this.editDisplayName = editDisplayName;
    }

    public List<String> getChosenRoleIds() {
        return chosenRoleIds;
    }

    public void setChosenRoleIds(List<String> chosenRoleIds) {
        this.chosenRoleIds = chosenRoleIds;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getLink() {
        return link;
    }

    public String getLinkFor() {
        return linkFor;
    }
}
