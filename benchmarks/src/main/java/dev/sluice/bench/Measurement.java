package dev.sluice.bench;

/** One JMH result: milliseconds per operation with its 99.9% confidence half-width. */
public record Measurement(Workload workload, Database.Kind db, String impl, double ms,
    double error) {}
