package io.shopfloor.web.screens.people;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import io.shopfloor.people.boundary.PeopleMetrics;
import io.shopfloor.people.entity.MetricsOverview;
import io.shopfloor.people.entity.MetricRow;
import io.shopfloor.web.common.Me;
import io.shopfloor.web.common.RecordPage;
import io.shopfloor.web.common.Texts;
import io.shopfloor.web.screens.ChartJs;

/**
 * The people dashboard ({@code people.xhtml}, people:read): over the organization's last 30 days,
 * per worker the units completed, hours estimated and worked, efficiency and first-pass quality;
 * per stage availability × performance × quality. Read once per view.
 */
@Named("peopleDashboard")
@ViewScoped
public class PeopleDashboardPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int DAYS = 30;

    @EJB
    PeopleMetrics metrics;

    @Inject
    Me me;

    private List<MetricRow> byWorker;
    private List<MetricRow> byStage;
    private MetricRow total;
    private OffsetDateTime readAt;

    /** Runs on page load: the page is for people:read. */
    public void load() throws IOException {
        if (RecordPage.permits(me, "people:read")) {
            LocalDate today = me.getToday();
            LocalDate from = today.minusDays(DAYS - 1L);
            MetricsOverview overview = metrics.overview(from, today);
            byWorker = overview.byWorker();
            byStage = overview.byStage();
            total = overview.total();
            readAt = OffsetDateTime.now();
        }
    }

    /** A share (0.85) in per cent ("85.0 %"), or a dash. */
    public String percent(BigDecimal share) {
        return share == null ? "–" : share.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).toPlainString() + " %";
    }

    public String getHoursChart() {
        Locale locale = Texts.locale();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder worked = Json.createArrayBuilder();
        JsonArrayBuilder estimated = Json.createArrayBuilder();
        byWorker.forEach(row -> {
            labels.add(row.workerName() == null ? "" : row.workerName());
            worked.add(row.worked());
            estimated.add(row.estimated());
        });
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("label", Texts.in(locale, "peopleDashboard.worked")).add("data", worked).add("backgroundColor", ChartJs.BLUE))
                .add(Json.createObjectBuilder().add("label", Texts.in(locale, "peopleDashboard.estimated")).add("data", estimated).add("backgroundColor", ChartJs.GREY));
        JsonObjectBuilder scales = Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true));
        return ChartJs.script(ChartJs.chart("bar", labels, datasets, scales, true));
    }

    public String getOeeChart() {
        Locale locale = Texts.locale();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder availability = Json.createArrayBuilder();
        JsonArrayBuilder performance = Json.createArrayBuilder();
        JsonArrayBuilder quality = Json.createArrayBuilder();
        JsonArrayBuilder oee = Json.createArrayBuilder();
        byStage.forEach(row -> {
            labels.add(row.stageName() == null ? "" : row.stageName());
            add(availability, row.availability());
            add(performance, row.performance());
            add(quality, row.firstPass() == null ? BigDecimal.ONE : row.firstPass());
            add(oee, row.oee());
        });
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset(Texts.in(locale, "peopleDashboard.availability"), availability, ChartJs.GREY))
                .add(dataset(Texts.in(locale, "peopleDashboard.performance"), performance, ChartJs.AMBER))
                .add(dataset(Texts.in(locale, "peopleDashboard.quality"), quality, ChartJs.GREEN))
                .add(dataset(Texts.in(locale, "peopleDashboard.oee"), oee, ChartJs.BLUE));
        JsonObjectBuilder scales = Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true).add("max", 100));
        return ChartJs.script(ChartJs.chart("bar", labels, datasets, scales, true));
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour);
    }

    private static void add(JsonArrayBuilder values, BigDecimal share) {
        if (share == null) {
            values.addNull();
        } else {
            values.add(share.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP));
        }
    }

    public List<MetricRow> getByWorker() {
        return byWorker;
    }

    public List<MetricRow> getByStage() {
        return byStage;
    }

    public MetricRow getTotal() {
        return total;
    }

    public OffsetDateTime getReadAt() {
        return readAt;
    }
}
