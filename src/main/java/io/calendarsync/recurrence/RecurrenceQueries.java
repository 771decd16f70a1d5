package io.calendarsync.recurrence;

import io.calendarsync.model.Event;
import io.calendarsync.plan.SeriesQueries;
import java.time.Instant;
import java.util.Optional;

/** The planner's questions about a series, answered by expanding its recurrence lines. */
public final class RecurrenceQueries implements SeriesQueries {

    @Override
    public Optional<Instant> lastStartBefore(Event event, Instant instant) {
        return Occurrences.lastStartBefore(event, instant).map(o -> o.start().toInstant());
    }

    @Override
    public boolean occursFrom(Event event, Instant instant) {
        return !Occurrences.next(event, instant, 1).isEmpty();
    }

    @Override
    public Event endAfter(Event event, Instant lastStart) {
        return SeriesEnds.endAfter(event, lastStart);
    }
}
