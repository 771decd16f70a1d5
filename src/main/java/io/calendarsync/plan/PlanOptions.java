package io.calendarsync.plan;

import java.time.Instant;
import java.util.Objects;

/** Inputs of a plan besides the calendar and the target: the current instant and the removal policy. */
public record PlanOptions(Instant now, RemovalPolicy removal) {

    public PlanOptions {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(removal, "removal");
    }
}
