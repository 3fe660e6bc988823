package io.shopfloor.console.users;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import io.shopfloor.platform.query.PageRequest;
import io.shopfloor.platform.users.boundary.Users;
import io.shopfloor.platform.users.entity.NewUser;
import io.shopfloor.platform.users.entity.RoleView;
import io.shopfloor.platform.users.entity.UserView;
import io.shopfloor.web.common.ServiceErrors;

/** The users of the administrator's organization. */
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
    private List<String> roleIds = new ArrayList<>();
    private List<RoleView> roles;

    private final LazyDataModel<UserView> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;
        private long total;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) total;
        }

        @Override
        public List<UserView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            var page = users.list(search, new PageRequest(first, pageSize, null, false));
            total = page.total();
            setRowCount((int) total);
            return page.items();
        }

        @Override
        public String getRowKey(UserView user) {
            return user.id().toString();
        }
    };

    public void create() {
        try {
            UserView created = users.create(new NewUser(email, displayName, password, roleIds.stream().map(UUID::fromString).toList()));
            info(created.displayName() + " can now sign in as " + created.email() + ".");
            email = null;
            displayName = null;
            password = null;
            roleIds = new ArrayList<>();
            PrimeFaces.current().executeScript("PF('newUserDialog').hide()");
        } catch (RuntimeException e) {
            ServiceErrors.show(e, INPUTS);
        }
    }

    public void deactivate(UserView user) {
        try {
            users.deactivate(user.id());
            info(user.displayName() + " is deactivated and can no longer sign in.");
        } catch (RuntimeException e) {
            ServiceErrors.show(e, Map.of());
        }
    }

    private static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public List<RoleView> getRoles() {
        if (roles == null) {
            roles = users.roles();
        }
        return roles;
    }

    public LazyDataModel<UserView> getModel() {
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
}
