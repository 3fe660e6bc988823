package io.shopfloor.platform.tenancy.control;

import java.io.Serializable;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current HTTP request came from, for the audit trail: its request id (also in the
 * server log and the response's {@code X-Request-Id}), the client's address and user agent. The
 * web modules fill it in as a request arrives; {@link TenantBinding} hands it to PostgreSQL with
 * the tenant. Outside a request (background work) there is none.
 */
@RequestScoped
public class RequestOrigin implements Serializable {

    private static final long serialVersionUID = 1L;

    private String requestId;
    private String clientAddress;
    private String userAgent;

    public void describe(String requestId, String clientAddress, String userAgent) {
        this.requestId = requestId;
        this.clientAddress = clientAddress;
        this.userAgent = userAgent == null || userAgent.length() <= 300 ? userAgent : userAgent.substring(0, 300);
    }

    public String requestId() {
        return requestId;
    }

    public String clientAddress() {
        return clientAddress;
    }

    public String userAgent() {
        return userAgent;
    }
}
