package io.calendarsync.recurrence;

import io.calendarsync.model.Event;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Expands an event's RFC 5545 recurrence lines (RRULE, RDATE, EXDATE) into occurrences with ical4j.
 * Expansion runs in the event's zone, so an occurrence keeps its local wall time across daylight saving
 * changes while its UTC instant moves. A local start that falls into a gap moves forward by the length of
 * the gap, as RFC 5545 prescribes.
 *
 * <p>Every method raises {@link IllegalArgumentException} naming the line when a recurrence line is not
 * valid RFC 5545; {@link #check(Event)} raises it up front.
 */
public final class Occurrences {

    private Occurrences() {
    }

    /** Parses every recurrence line of {@code event}, so an invalid line is reported before any expansion. */
    public static void check(Event event) {
        RecurrenceSet.of(event);
    }

    /** Returns the occurrences that start at or after {@code from} and before {@code to}, in time order. */
    public static List<Occurrence> between(Event event, Instant from, Instant to) {
        return RecurrenceSet.of(event).between(from, to);
    }

    /** Returns up to {@code limit} occurrences that start at or after {@code from}, in time order. */
    public static List<Occurrence> next(Event event, Instant from, int limit) {
        return RecurrenceSet.of(event).next(from, limit);
    }

    /** Returns the first occurrence: DTSTART, unless an EXDATE removes it. */
    public static Optional<Occurrence> first(Event event) {
        RecurrenceSet set = RecurrenceSet.of(event);
        return set.next(set.start().toInstant(), 1).stream().findFirst();
    }

    /** Returns the last occurrence that starts strictly before {@code instant}. */
    public static Optional<Occurrence> lastStartBefore(Event event, Instant instant) {
        return RecurrenceSet.of(event).lastBefore(instant);
    }
}
