package io.shopfloor.web.common;

import java.io.IOException;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;

import io.shopfloor.platform.security.boundary.PasswordSignIn;

/** The sign-in form. */
@Named
@RequestScoped
public class SignInForm {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @NotBlank(message = "{shopfloor.enterOrganization}")
    private String organization;

    @NotBlank(message = "{shopfloor.enterEmail}")
    private String email;

    @NotBlank(message = "{shopfloor.enterPassword}")
    private String password;

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new OrganizationCredential(organization, email, new Password(password))));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            Object returnTo = request.getSession().getAttribute(ShopfloorAuthentication.RETURN_TO);
            request.getSession().removeAttribute(ShopfloorAuthentication.RETURN_TO);
            external.redirect(safeReturn(request.getContextPath(), returnTo));
            faces.responseComplete();
        } else if (status != AuthenticationStatus.SEND_CONTINUE) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    refusal(request.getAttribute(ShopfloorAuthentication.REFUSAL), Texts.locale()), null));
        }
    }

    /** Why the sign-in failed, as much as may be said: never whether the organization or e-mail exists. */
    static String refusal(Object result, Locale language) {
        if (result instanceof PasswordSignIn signIn && signIn.outcome() == PasswordSignIn.Outcome.THROTTLED) {
            int wait = signIn.retryAfterSeconds();
            return wait < 60 ? Texts.in(language, "signIn.throttledSeconds", wait) : Texts.in(language, "signIn.throttledMinutes", (wait + 59) / 60);
        }
        if (result instanceof PasswordSignIn signIn && signIn.outcome() == PasswordSignIn.Outcome.BUSY) {
            return Texts.in(language, "signIn.busy");
        }
        return Texts.in(language, "signIn.refused");
    }

    /** Only a path inside this application: a sign-in link must not send anyone elsewhere. */
    static String safeReturn(String contextPath, Object returnTo) {
        if (returnTo instanceof String path && path.startsWith(contextPath + "/") && !path.startsWith("//")
                && !path.contains("\\") && !path.contains("sign-in.xhtml")) {
            return path;
        }
        return contextPath + "/";
    }

    public String getOrganization() {
        return organization;
    }

    public void setOrganization(String organization) {
        this.organization = organization;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
