package io.shopfloor.web.common;

import java.io.Serializable;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import io.shopfloor.platform.users.boundary.PasswordLinkRedemption;
import io.shopfloor.platform.users.entity.SignInHint;

/** The public page where a user chooses a password with a one-time link. */
@Named
@ViewScoped
public class SetPasswordForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    PasswordLinkRedemption redemption;

    private String token;
    private String password;
    private String repeated;
    private SignInHint done;

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (password != null && !password.equals(repeated)) {
            faces.validationFailed();
            faces.addMessage("setPassword:repeated", new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.get("setPassword.differ"), null));
            return;
        }
        try {
            done = redemption.setPassword(token, password);
            token = null;
        } catch (RuntimeException e) {
            ServiceErrors.show(e, Map.of("password", "setPassword:password"));
        } finally {
            password = null;
            repeated = null;
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        // Keep the link's token from the first request only; a postback carries it in the view.
        if (token != null && !token.isBlank()) {
            this.token = token;
        }
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }

    public SignInHint getDone() {
        return done;
    }
}
