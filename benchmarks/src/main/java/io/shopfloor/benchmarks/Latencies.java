package io.shopfloor.benchmarks;

import java.util.Arrays;

/** Latency samples of one measured thing, in nanoseconds, and their percentiles in milliseconds. */
record Latencies(String name, long[] nanos) {

    Latencies {
        nanos = nanos.clone();
        Arrays.sort(nanos);
    }

    /** The p-th percentile (nearest rank), in milliseconds. */
    double percentile(double p) {
        int rank = (int) Math.ceil(p / 100.0 * nanos.length);
        return nanos[Math.max(0, Math.min(nanos.length - 1, rank - 1))] / 1e6;
    }

    double p50() {
        return percentile(50);
    }

    double p95() {
        return percentile(95);
    }

    double p99() {
        return percentile(99);
    }

    int count() {
        return nanos.length;
    }
}
