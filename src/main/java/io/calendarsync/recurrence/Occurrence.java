package io.calendarsync.recurrence;

import java.time.ZonedDateTime;
import java.util.Objects;

/** One occurrence of an event: its start and end in the event's zone. */
public record Occurrence(ZonedDateTime start, ZonedDateTime end) {

    public Occurrence {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }
}
