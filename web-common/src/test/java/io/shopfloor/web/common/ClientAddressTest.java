package io.shopfloor.web.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final List<ClientAddress.Range> PROXIES = ClientAddress.parse("10.0.0.0/8, 192.0.2.1, ::1");

    @Test
    void withoutATrustedProxyTheForwardedHeaderIsIgnored() {
        assertThat(ClientAddress.of("203.0.113.5", "198.51.100.1", List.of())).isEqualTo("203.0.113.5");
        assertThat(ClientAddress.of("203.0.113.5", "198.51.100.1", PROXIES)).as("the connection is no trusted proxy").isEqualTo("203.0.113.5");
    }

    @Test
    void behindTrustedProxiesTheNearestUntrustedHopIsTheClient() {
        assertThat(ClientAddress.of("10.1.2.3", "198.51.100.1", PROXIES)).isEqualTo("198.51.100.1");
        assertThat(ClientAddress.of("192.0.2.1", "6.6.6.6, 198.51.100.1, 10.9.9.9", PROXIES))
                .as("an address the client wrote in front of the proxies' own does not count").isEqualTo("198.51.100.1");
        assertThat(ClientAddress.of("::1", "2001:db8::7", PROXIES)).isEqualTo("2001:db8:0:0:0:0:0:7");
        assertThat(ClientAddress.of("10.1.2.3", "not-an-address", PROXIES)).as("garbage stops at the proxy").isEqualTo("10.1.2.3");
    }

    @Test
    void aMistypedSettingIsRefused() {
        assertThatThrownBy(() -> ClientAddress.parse("10.0.0.0/33")).hasMessageContaining("prefix");
        assertThatThrownBy(() -> ClientAddress.parse("proxy.example")).hasMessageContaining("not an address");
    }
}
