package dev.caravan.bench;

/**
 * What one launch of one daemon on one scenario measured. Throughput fields are for bulk drops, latency
 * fields for paced drops; the others are NaN there. Megabytes are 10^6 bytes.
 *
 * @param readyMillis   launch to the ready log line
 * @param seconds       first drop to last JSON (bulk), or first to last drop (paced)
 * @param failed        inputs the daemon moved to its error folder
 * @param missing       inputs with neither JSON nor error entry when the wait ended
 * @param invalidJson   sampled outputs that did not parse as a JSON object
 * @param offeredRate   documents per second dropped (paced), measured from the drop instants
 * @param cpuSeconds    CPU the daemon used between first drop and the end of the wait
 * @param problem       why the run could not be measured, or null
 */
record RunResult(String scenario, String system, int files, long bytes, double readyMillis, double seconds,
                 int outputs, int failed, int missing, int invalidJson, double docsPerSecond,
                 double megabytesPerSecond, double offeredRate, double p50Millis, double p95Millis,
                 double p99Millis, double peakRssMegabytes, double cpuSeconds, String problem) {

    static RunResult broken(String scenario, String system, int files, long bytes, String problem) {
        return new RunResult(scenario, system, files, bytes, Double.NaN, Double.NaN, 0, 0, files, 0, Double.NaN,
            Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, problem);
    }

    boolean isPaced() {
        return scenario.equals(EndToEndDriver.PACED_SCENARIO);
    }

    boolean complete() {
        return problem == null && missing == 0 && failed == 0 && invalidJson == 0;
    }
}
