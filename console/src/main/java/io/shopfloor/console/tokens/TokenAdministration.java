package io.shopfloor.console.tokens;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.PrimeFaces;

import io.shopfloor.platform.query.PageRequest;
import io.shopfloor.platform.security.boundary.ApiTokens;
import io.shopfloor.platform.security.boundary.ApiTokens.NewApiToken;
import io.shopfloor.platform.security.boundary.ApiTokens.UserApiTokenView;
import io.shopfloor.platform.users.boundary.Users;
import io.shopfloor.platform.users.entity.UserView;
import io.shopfloor.web.common.Texts;
import io.shopfloor.web.common.ServiceErrors;

/** Every API token of the organization: who holds it, when it was last used; revoke or create one for a user. */
@Named
@ViewScoped
public class TokenAdministration implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ApiTokens apiTokens;

    @EJB
    Users users;

    private List<UserApiTokenView> tokens;
    private List<UserView> activeUsers;
    private String userId;
    private String name;
    private String password;
    private Integer days = ApiTokens.DEFAULT_VALID_DAYS;
    /** A token just created, shown once in this view and then forgotten. */
    private String created;

    public List<UserApiTokenView> getTokens() {
        if (tokens == null) {
            tokens = apiTokens.all();
        }
        return tokens;
    }

    public List<UserView> getActiveUsers() {
        if (activeUsers == null) {
            activeUsers = users.list(null, new PageRequest(0, 500, null, false)).items().stream().filter(UserView::active).toList();
        }
        return activeUsers;
    }

    public void create() {
        try {
            NewApiToken token = apiTokens.createFor(userId == null ? null : UUID.fromString(userId), name, password, days);
            created = token.token();
            name = null;
            days = ApiTokens.DEFAULT_VALID_DAYS;
            tokens = null;
            Texts.info("tokens.created", token.name());
            PrimeFaces.current().executeScript("PF('newTokenDialog').hide()");
        } catch (RuntimeException e) {
            ServiceErrors.show(e, Map.of("name", "newToken:name", "userId", "newToken:user", "currentPassword", "newToken:password",
                    "validDays", "newToken:days"));
        } finally {
            password = null;
        }
    }

    public void revoke(UserApiTokenView token) {
        try {
            apiTokens.revokeAny(token.id());
            tokens = null;
            Texts.info("tokens.revoked", token.name(), token.userName());
        } catch (RuntimeException e) {
            ServiceErrors.show(e, Map.of());
        }
    }


    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
    }

    public int getMaxDays() {
        return ApiTokens.MAX_VALID_DAYS;
    }

    public String getCreated() {
        return created;
    }
}
