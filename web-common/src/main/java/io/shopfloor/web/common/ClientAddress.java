package io.shopfloor.web.common;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The one owner of "where did this request come from", for the sign-in throttle and the audit
 * trail. The connection's address, unless it is a proxy the operator trusts (setting
 * {@code shopfloor.trustedProxies}, or the environment variable {@code SHOPFLOOR_TRUSTED_PROXIES}:
 * addresses and CIDR ranges, comma separated): then the nearest address in {@code X-Forwarded-For}
 * that is not itself a trusted proxy. Without the setting the header is ignored, since any client
 * can write it.
 */
public final class ClientAddress {

    static final String SETTING = "shopfloor.trustedProxies";
    static final String ENVIRONMENT = "SHOPFLOOR_TRUSTED_PROXIES";
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static volatile List<Range> configured;

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trusted());
    }

    static String of(String connection, String forwardedFor, List<Range> trusted) {
        if (forwardedFor == null || !isTrusted(connection, trusted)) {
            return connection;
        }
        String[] hops = forwardedFor.split(",");
        String nearest = connection;
        for (int i = hops.length - 1; i >= 0; i--) {
            Optional<InetAddress> hop = literal(hops[i].strip());
            if (hop.isEmpty()) {
                return nearest;
            }
            nearest = hop.get().getHostAddress();
            if (!isTrusted(nearest, trusted)) {
                return nearest;
            }
        }
        return nearest;
    }

    private static boolean isTrusted(String address, List<Range> trusted) {
        Optional<InetAddress> parsed = literal(address);
        return parsed.isPresent() && trusted.stream().anyMatch(range -> range.contains(parsed.get()));
    }

    private static List<Range> trusted() {
        List<Range> ranges = configured;
        if (ranges == null) {
            String setting = System.getProperty(SETTING, System.getenv(ENVIRONMENT));
            ranges = parse(setting);
            configured = ranges;
        }
        return ranges;
    }

    /** Addresses and CIDR ranges, comma separated; anything else is refused, so a typo is not silently ignored. */
    static List<Range> parse(String setting) {
        List<Range> ranges = new ArrayList<>();
        if (setting == null || setting.isBlank()) {
            return ranges;
        }
        for (String entry : setting.split(",")) {
            String clean = entry.strip();
            int slash = clean.indexOf('/');
            Optional<InetAddress> base = literal(slash < 0 ? clean : clean.substring(0, slash));
            if (base.isEmpty()) {
                throw new IllegalArgumentException(SETTING + ": not an address or CIDR range: " + clean);
            }
            int bits = base.get().getAddress().length * 8;
            int prefix = slash < 0 ? bits : Integer.parseInt(clean.substring(slash + 1));
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException(SETTING + ": prefix out of range: " + clean);
            }
            ranges.add(new Range(base.get().getAddress(), prefix));
        }
        return List.copyOf(ranges);
    }

    /** An IP address literal (never a host name, which would need a DNS look-up). */
    private static Optional<InetAddress> literal(String text) {
        if (text == null || text.isEmpty() || !(IPV4.matcher(text).matches() || text.contains(":"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text));
        } catch (UnknownHostException | SecurityException notAnAddress) {
            return Optional.empty();
        }
    }

    /** A CIDR range. */
    record Range(byte[] base, int prefix) {

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != base.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((bytes[bit / 8] & mask) != (base[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
