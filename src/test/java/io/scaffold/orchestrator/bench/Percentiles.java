package io.scaffold.orchestrator.bench;

import java.util.Arrays;
import java.util.Collection;

/** Nearest-rank percentiles of a sample of durations in milliseconds. */
record Percentiles(int count, double p50, double p95, double max) {

    static Percentiles of(Collection<Double> millis) {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return new Percentiles(0, Double.NaN, Double.NaN, Double.NaN);
        }
        return new Percentiles(sorted.length, rank(sorted, 50), rank(sorted, 95), sorted[sorted.length - 1]);
    }

    static double median(double... millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return rank(sorted, 50);
    }

    private static double rank(double[] sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(index, 0)];
    }

    @Override
    public String toString() {
        return count == 0 ? "no samples"
                : String.format("p50 %7.1f ms   p95 %7.1f ms   max %7.1f ms   (n=%d)", p50, p95, max, count);
    }
}
