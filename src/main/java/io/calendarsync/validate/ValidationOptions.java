package io.calendarsync.validate;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Settings of one validation run: the zone of meetings without {@code timezone:} and the current instant,
 * for rules that depend on today (such as which zones currently have a given UTC offset).
 */
public record ValidationOptions(ZoneId defaultZone, Instant now) {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("America/Los_Angeles");

    public ValidationOptions {
        Objects.requireNonNull(defaultZone, "defaultZone");
        Objects.requireNonNull(now, "now");
    }

    /** Options with {@link #DEFAULT_ZONE} and the current time. */
    public static ValidationOptions defaults() {
        return new ValidationOptions(DEFAULT_ZONE, Instant.now());
    }
}
