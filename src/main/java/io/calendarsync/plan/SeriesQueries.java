package io.calendarsync.plan;

import io.calendarsync.model.Event;
import java.time.Instant;
import java.util.Optional;

/**
 * The questions about an event's occurrences that removal decisions need. The recurrence package computes
 * them from the event's RFC 5545 lines.
 */
public interface SeriesQueries {

    /** Returns the start of the last occurrence that starts strictly before {@code instant}. */
    Optional<Instant> lastStartBefore(Event event, Instant instant);

    /** Returns whether any occurrence starts at or after {@code instant}. */
    boolean occursFrom(Event event, Instant instant);

    /** Returns the event with its series ended right after the occurrence that starts at {@code lastStart}. */
    Event endAfter(Event event, Instant lastStart);
}
