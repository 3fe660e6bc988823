package io.shopfloor.web.common;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.shopfloor.platform.security.boundary.ApiTokens;
import io.shopfloor.platform.security.boundary.ApiTokens.ApiTokenView;
import io.shopfloor.platform.security.boundary.CurrentUser;

/** The signed-in user's own profile: their name, their password and their API tokens. */
@Named
@ViewScoped
public class MyProfile implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CurrentUser currentUser;

    @EJB
    ApiTokens apiTokens;

    @Inject
    Me me;

    private String displayName;
    private String language;
    private String currentPassword;
    private String newPassword;
    private String tokenName;
    private String tokenPassword;
    private Integer tokenDays = ApiTokens.DEFAULT_VALID_DAYS;
    /** A token just created, shown once in this view and then forgotten. */
    private String createdToken;
    private List<ApiTokenView> tokens;

    public String getDisplayName() {
        if (displayName == null) {
            displayName = currentUser.me().displayName();
        }
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public void saveName() {
        try {
            displayName = currentUser.renameMe(displayName).displayName();
            me.reread();
            Texts.info("profile.nameSaved");
        } catch (RuntimeException e) {
            ServiceErrors.show(e, Map.of("displayName", "profile:displayName"));
        }
    }

    /** The language the user chose, "" for the browser's. */
    public String getLanguage() {
        if (language == null) {
            language = currentUser.me().language().orElse("");
        }
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    /** Saves the choice and shows the profile again, in the chosen language. */
    public String saveLanguage() {
        try {
            currentUser.chooseMyLanguage(language == null || language.isEmpty() ? null : language);
        } catch (RuntimeException e) {
            ServiceErrors.show(e, Map.of("language", "language:choice"));
            return null;
        }
        boolean browsers = language == null || language.isEmpty();
        FacesContext faces = FacesContext.getCurrentInstance();
        java.util.Locale next = browsers ? faces.getApplication().getViewHandler().calculateLocale(faces)
                : java.util.Locale.forLanguageTag(language);
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Texts.in(next, "profile.language.saved",
                Texts.in(next, browsers ? "profile.language.browser" : "profile.language." + language)), null));
        return "/profile?faces-redirect=true";
    }

    public void changePassword() {
        try {
            int generation = currentUser.changeMyPassword(currentPassword, newPassword);
            ShopfloorAuthentication.keepThisSession((jakarta.servlet.http.HttpServletRequest)
                    FacesContext.getCurrentInstance().getExternalContext().getRequest(), generation);
            Texts.info("profile.passwordChanged");
        } catch (RuntimeException e) {
            ServiceErrors.show(e, Map.of("currentPassword", "password:current", "newPassword", "password:new"));
        } finally {
            currentPassword = null;
            newPassword = null;
        }
    }

    public List<ApiTokenView> getTokens() {
        if (tokens == null) {
            tokens = apiTokens.mine();
        }
        return tokens;
    }

    public void createToken() {
        try {
            ApiTokens.NewApiToken token = apiTokens.create(tokenName, tokenPassword, tokenDays);
            createdToken = token.token();
            tokenName = null;
            tokenDays = ApiTokens.DEFAULT_VALID_DAYS;
            tokens = null;
            Texts.info("tokens.created", token.name());
        } catch (RuntimeException e) {
            ServiceErrors.show(e, Map.of("name", "tokens:name", "currentPassword", "tokens:tokenPassword", "validDays", "tokens:days"));
        } finally {
            tokenPassword = null;
        }
    }

    public void revoke(UUID tokenId) {
        try {
            apiTokens.revoke(tokenId);
            tokens = null;
            Texts.info("profile.tokenRevoked");
        } catch (RuntimeException e) {
            ServiceErrors.show(e, Map.of());
        }
    }


    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getTokenName() {
        return tokenName;
    }

    public void setTokenName(String tokenName) {
        this.tokenName = tokenName;
    }

    public String getTokenPassword() {
        return tokenPassword;
    }

    public void setTokenPassword(String tokenPassword) {
        this.tokenPassword = tokenPassword;
    }

    public Integer getTokenDays() {
        return tokenDays;
    }

    public void setTokenDays(Integer tokenDays) {
        this.tokenDays = tokenDays;
    }

    public int getMaxTokenDays() {
        return ApiTokens.MAX_VALID_DAYS;
    }

    public String getCreatedToken() {
        return createdToken;
    }
}
