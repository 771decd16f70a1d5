package io.calendarsync.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When a meeting repeats: its frequency, interval, end (an inclusive {@code until} day in the meeting's
 * zone, or a {@code count} of occurrences, never both) and the single dates it skips or adds.
 */
public record Schedule(
        Frequency frequency,
        int interval,
        Optional<LocalDate> until,
        Optional<Integer> count,
        List<DatedNote> skipped,
        List<DatedNote> extra) {

    public Schedule {
        Objects.requireNonNull(frequency, "frequency");
        if (interval < 1) {
            throw new IllegalArgumentException("interval must be at least 1, was " + interval);
        }
        if (until.isPresent() && count.isPresent()) {
            throw new IllegalArgumentException("until and count are mutually exclusive");
        }
        skipped = List.copyOf(skipped);
        extra = List.copyOf(extra);
    }

    /** Returns the schedule of a meeting that happens once. */
    public static Schedule once() {
        return new Schedule(Frequency.ONCE, 1, Optional.empty(), Optional.empty(), List.of(), List.of());
    }

    public static Schedule of(Frequency frequency, int interval, Optional<LocalDate> until) {
        return new Schedule(frequency, interval, until, Optional.empty(), List.of(), List.of());
    }

    public boolean repeats() {
        return frequency != Frequency.ONCE;
    }
}
