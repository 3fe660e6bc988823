package io.shopfloor.benchmarks;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.shopfloor.launcher.ShopfloorRuntime;
import io.shopfloor.platform.security.control.PasswordHashing;

/**
 * Benchmark 4: the staff orders list (a lazy PrimeFaces table) over the largest organization. A
 * manager signs in through the sign-in form; then the table's own ajax requests, as the browser
 * sends them, change the page and the sort, one at a time. Each is timed from request to the last
 * byte of the partial response on the same machine (the server's time plus a loopback round trip),
 * and for a sample of them PostgreSQL logs every statement, which are then counted per request.
 */
final class ScreenBenchmarks {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern ORDER_NUMBER = Pattern.compile("SO-\\d{6}");
    private static final String TABLE = "orders:table";
    private static final int ROWS = 25;

    /** Statements one request sent, by kind. */
    record StatementCount(int requests, int statements, int pageQueries, int counts) {
    }

    private final ShopfloorRuntime runtime;
    private final Consumer<String> progress;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final String base;
    private String viewState;

    ScreenBenchmarks(ShopfloorRuntime runtime, String tenantSlug, Consumer<String> progress) throws Exception {
        this.runtime = runtime;
        this.progress = progress;
        this.base = runtime.baseUri().toString().replaceAll("/$", "") + "/shopfloor";
        String email = "manager.1@" + tenantSlug + ".example";
        String password = UUID.randomUUID().toString();
        setPassword(tenantSlug, email, password);
        String signInPage = get("/sign-in.xhtml");
        post("/sign-in.xhtml", form(Map.of("signIn", "signIn", "signIn:organization", tenantSlug,
                "signIn:email", email, "signIn:password", password, "signIn:submit", "",
                "jakarta.faces.ViewState", viewState(signInPage))), false);
        String ordersPage = get("/orders.xhtml");
        if (!ordersPage.contains(TABLE)) {
            throw new IllegalStateException("Could not sign in and open the orders list as " + email + "; the page began:\n"
                    + ordersPage.substring(0, Math.min(1500, ordersPage.length())));
        }
        viewState = viewState(ordersPage);
    }

    /** Page changes to random pages among the first 40, then sorts by a random column each time. */
    List<Latencies> pageChangesAndSorts(int samples) throws Exception {
        SplittableRandom random = new SplittableRandom(4);
        for (int i = 0; i < Math.min(50, samples); i++) {
            pageChange(ROWS * random.nextInt(40));
            sort(i % 2 == 0 ? "dueDate" : "orderNumber", i % 4 < 2);
        }
        long[] pages = new long[samples];
        for (int i = 0; i < samples; i++) {
            long began = System.nanoTime();
            pageChange(ROWS * random.nextInt(40));
            pages[i] = System.nanoTime() - began;
        }
        String[] columns = {"orderNumber", "dueDate", "createdAt", "status", "priority"};
        long[] sorts = new long[samples];
        for (int i = 0; i < samples; i++) {
            long began = System.nanoTime();
            sort(columns[random.nextInt(columns.length)], random.nextBoolean());
            sorts[i] = System.nanoTime() - began;
        }
        List<Latencies> result = List.of(new Latencies("page change (25 rows, pages 1–40)", pages),
                new Latencies("sort by a column", sorts));
        result.forEach(l -> progress.accept(String.format("%-48s p50 %.2f p95 %.2f p99 %.2f ms", l.name(), l.p50(), l.p95(), l.p99())));
        return result;
    }

    /**
     * Page changes and sorts with every statement logged: {@code log_min_duration_statement = 0}
     * for the run, set back afterwards. Counts what each request executed.
     */
    List<StatementCount> statementsPerRequest(Path serverLog, int requests) throws Exception {
        List<StatementCount> counts = new ArrayList<>();
        for (boolean sorting : new boolean[] {false, true}) {
            long logStart = Files.size(serverLog);
            setStatementLogging(true);
            try {
                for (int i = 0; i < requests; i++) {
                    if (sorting) {
                        sort(i % 2 == 0 ? "dueDate" : "orderNumber", i % 4 < 2);
                    } else {
                        pageChange(ROWS * (i + 1));
                    }
                }
            } finally {
                setStatementLogging(false);
            }
            List<String> executed = executedStatements(serverLog, logStart);
            StatementCount count = new StatementCount(requests, executed.size(),
                    (int) executed.stream().filter(s -> s.contains("FROM shopfloor.orders") && s.contains("LIMIT")).count(),
                    (int) executed.stream().filter(s -> s.contains("COUNT(")).count());
            progress.accept(String.format("%-48s %.1f statements per request: %.1f page queries, %.1f counts",
                    sorting ? "sort" : "page change", count.statements() / (double) requests, count.pageQueries() / (double) requests,
                    count.counts() / (double) requests));
            counts.add(count);
        }
        return counts;
    }

    private void pageChange(int first) throws IOException, InterruptedException {
        Map<String, String> params = ajax();
        params.put(TABLE + "_pagination", "true");
        params.put(TABLE + "_first", Integer.toString(first));
        params.put(TABLE + "_rows", Integer.toString(ROWS));
        params.put(TABLE + "_skipChildren", "true");
        params.put(TABLE + "_encodeFeature", "true");
        check(post("/orders.xhtml", form(params), true), "page change");
    }

    private void sort(String field, boolean ascending) throws IOException, InterruptedException {
        Map<String, String> params = ajax();
        params.put(TABLE + "_sorting", "true");
        params.put(TABLE + "_skipChildren", "true");
        params.put(TABLE + "_encodeFeature", "true");
        params.put(TABLE + "_sortKey", TABLE + ":" + columnId(field));
        params.put(TABLE + "_sortDir", ascending ? "1" : "-1");
        check(post("/orders.xhtml", form(params), true), "sort");
    }

    private final Map<String, String> columnIds = new LinkedHashMap<>();

    /** The client id of the column sorting by a field, as the page rendered it. */
    private String columnId(String field) throws IOException, InterruptedException {
        if (columnIds.isEmpty()) {
            String page = get("/orders.xhtml");
            viewState = viewState(page);
            Matcher th = Pattern.compile("<th id=\"" + Pattern.quote(TABLE) + ":([^\"]+)\"[^>]*aria-label=\"([^\"]*)\"").matcher(page);
            while (th.find()) {
                columnIds.put(th.group(2), th.group(1));
            }
        }
        String header = Map.of("orderNumber", "Order", "dueDate", "Due", "createdAt", "Created", "status", "Status", "priority", "Priority").get(field);
        return columnIds.entrySet().stream().filter(e -> e.getKey().startsWith(header)).map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new IllegalStateException("No column " + header + " among " + columnIds.keySet()));
    }

    private Map<String, String> ajax() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("jakarta.faces.partial.ajax", "true");
        params.put("jakarta.faces.source", TABLE);
        params.put("jakarta.faces.partial.execute", TABLE);
        params.put("jakarta.faces.partial.render", TABLE);
        params.put("orders", "orders");
        params.put("jakarta.faces.ViewState", viewState);
        return params;
    }

    private static void check(String partialResponse, String what) {
        if (!partialResponse.contains("<partial-response") || partialResponse.contains("<error>")
                || !ORDER_NUMBER.matcher(partialResponse).find()) {
            throw new IllegalStateException("The " + what + " did not answer with table rows:\n"
                    + partialResponse.substring(0, Math.min(2000, partialResponse.length())));
        }
    }

    private String get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private String post(String path, String body, boolean ajax) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (ajax) {
            request.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String viewState(String page) {
        Matcher m = VIEW_STATE.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("No view state in the page");
        }
        return m.group(1).replace("&#58;", ":").replace("&amp;", "&");
    }

    /** The benchmark's own password for the organization's first manager, as the owner. */
    private void setPassword(String tenantSlug, String email, String password) throws SQLException {
        try (Connection owner = runtime.database().connectAsOwner();
             PreparedStatement update = owner.prepareStatement("""
                     UPDATE shopfloor.users SET password_hash = ?
                     WHERE email = ? AND tenant_id = (SELECT id FROM shopfloor.tenants WHERE slug = ?)""")) {
            owner.setAutoCommit(false);
            try (PreparedStatement tenant = owner.prepareStatement(
                    "SELECT set_config('app.tenant_id', (SELECT id FROM shopfloor.tenants WHERE slug = ?)::text, true)")) {
                tenant.setString(1, tenantSlug);
                tenant.execute();
            }
            update.setString(1, PasswordHashing.hash(password.toCharArray()));
            update.setString(2, email);
            update.setString(3, tenantSlug);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("No user " + email);
            }
            owner.commit();
        }
    }

    private void setStatementLogging(boolean on) {
        BenchDatabase.asSuperuser(runtime.embeddedDatabase(),
                on ? "ALTER SYSTEM SET log_min_duration_statement = 0" : "ALTER SYSTEM RESET log_min_duration_statement",
                "SELECT pg_reload_conf()");
        // The server's processes take the new setting at their next command.
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The statements executed since the given log position: each "execute" or simple "statement" line. */
    private static List<String> executedStatements(Path serverLog, long from) throws IOException {
        byte[] all = Files.readAllBytes(serverLog);
        String added = new String(all, (int) Math.min(from, all.length), (int) Math.max(0, all.length - from), StandardCharsets.UTF_8);
        List<String> statements = new ArrayList<>();
        StringBuilder current = null;
        for (String line : added.split("\n")) {
            boolean starts = line.contains("LOG:  duration:");
            if (starts) {
                if (current != null) {
                    statements.add(current.toString());
                }
                current = line.contains(" execute ") || line.contains(" statement: ") ? new StringBuilder(line) : null;
            } else if (current != null && line.startsWith("\t")) {
                current.append(' ').append(line.strip());
            }
        }
        if (current != null) {
            statements.add(current.toString());
        }
        return statements.stream().filter(s -> !s.contains("ALTER SYSTEM") && !s.contains("pg_reload_conf")).toList();
    }
}
