package io.shopfloor.it.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import io.shopfloor.it.TestShopfloor;

/**
 * Measures the production board with 500 incomplete batches in one organization, spread over the
 * stages: the GET of board.xhtml as a signed-in manager and as a viewer (who gets no draggable
 * cards), 15 times each after 3 warm-ups, by the time the board itself reports (reading the board
 * and drawing the page, server-side) and by the client's time to the last byte. Prints the figures; asserts nothing about them. Not part of the
 * normal test run (its name does not end in IT); run it with
 * <pre>mvn -o verify -Dit.test=BoardRenderBenchmark -Dit.port.base=43000</pre>
 */
class BoardRenderBenchmark {

    private static final int BATCHES = 500;
    private static final int STAGES = 7;
    private static final int RUNS = 15;
    private static final int WARM_UPS = 3;
    private static final Pattern RENDER_MILLIS = Pattern.compile("id=\"board:renderMillis\">(\\d+)<");
    private static final Pattern READ_MILLIS = Pattern.compile("id=\"board:readMillis\">(\\d+)<");

    @Test
    void renderTheBoardWith500ActiveBatches() throws IOException, InterruptedException {
        TestShopfloor shopfloor = TestShopfloor.get();
        TestShopfloor.Organization org = shopfloor.newOrganization("bench-board-" + UUID.randomUUID().toString().substring(0, 6));
        ProductionData data = new ProductionData(shopfloor, org);
        long loading = System.nanoTime();
        String customer = data.customer("Benchmark customer");
        String[] priorities = {"standard", "standard", "rush", "standard", "expedite"};
        for (int i = 0; i < BATCHES; i++) {
            String order = data.pendingOrder(customer, LocalDate.now().plusDays(i % 20 - 5));
            JsonObject batch = data.batch(List.of(order), priorities[i % priorities.length]);
            for (int step = 0; step < i % STAGES; step++) {
                data.advance(batch.getString("id"));
            }
        }
        System.out.printf("[benchmark] %d batches (one order each) spread over %d stages made over REST in %.1f s%n",
                BATCHES, STAGES, (System.nanoTime() - loading) / 1e9);

        String manager = signedIn(shopfloor, org, "manager", true);
        String viewer = signedIn(shopfloor, org, "viewer", false);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        URI board = URI.create(shopfloor.staffUrl() + "/board.xhtml");
        Runs asManager = new Runs();
        Runs asViewer = new Runs();
        // Alternating, so both see the same load of this shared machine.
        for (int run = 0; run < RUNS + WARM_UPS; run++) {
            asManager.measure(http, board, manager, run >= WARM_UPS);
            asViewer.measure(http, board, viewer, run >= WARM_UPS);
        }
        System.out.printf("[benchmark] board.xhtml with %d batches, %d runs each after %d warm-ups, medians:%n", BATCHES, RUNS, WARM_UPS);
        asManager.print("manager (cards draggable)");
        asViewer.print("viewer (no dragging)");
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "board-benchmark.html"), asManager.lastPage);
    }

    /** Signs in with Chromium (once opening the board there) and returns the session's cookies. */
    private static String signedIn(TestShopfloor shopfloor, TestShopfloor.Organization org, String role, boolean openBoard) {
        try (Browser browser = new Browser()) {
            new SignInPage(browser).open(shopfloor.staffUrl()).signIn(org.slug(), org.email(role), TestShopfloor.PASSWORD);
            if (openBoard) {
                long opening = System.nanoTime();
                browser.driver().get(shopfloor.staffUrl() + "/board.xhtml");
                browser.waitForAjax();
                System.out.printf("[benchmark] Chromium opened the board (page, scripts, %d draggable cards) in %d ms%n",
                        browser.driver().findElements(By.cssSelector(".sf-card.ui-draggable")).size(),
                        (System.nanoTime() - opening) / 1_000_000);
                browser.screenshot("board-with-500-batches");
            }
            return browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                    .collect(Collectors.joining("; "));
        }
    }

    /** The times of one signed-in user's GETs of the board. */
    private static final class Runs {
        final List<Long> server = new ArrayList<>();
        final List<Long> read = new ArrayList<>();
        final List<Long> client = new ArrayList<>();
        String lastPage = "";

        void measure(HttpClient http, URI board, String cookies, boolean counted) throws IOException, InterruptedException {
            HttpRequest get = HttpRequest.newBuilder(board).header("Cookie", cookies).timeout(Duration.ofSeconds(60)).GET().build();
            long start = System.nanoTime();
            HttpResponse<String> page = http.send(get, HttpResponse.BodyHandlers.ofString());
            long took = (System.nanoTime() - start) / 1_000_000;
            Matcher shown = RENDER_MILLIS.matcher(page.body());
            Matcher reading = READ_MILLIS.matcher(page.body());
            if (page.statusCode() != 200 || !shown.find() || !reading.find()) {
                throw new IllegalStateException("The board did not answer as expected: " + page.statusCode());
            }
            if (counted) {
                server.add(Long.parseLong(shown.group(1)));
                read.add(Long.parseLong(reading.group(1)));
                client.add(took);
                lastPage = page.body();
            }
        }

        void print(String who) {
            System.out.printf("[benchmark]   %s: server-side read+render %d ms (min %d, max %d), of which reading %d ms;"
                            + " client GET to last byte %d ms; page %,d characters%n", who, median(server), Collections.min(server),
                    Collections.max(server), median(read), median(client), lastPage.length());
            System.out.println("[benchmark]   " + who + " runs, server-side: " + server + "; client: " + client);
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
