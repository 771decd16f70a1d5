package io.calendarsync.agenda;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * The occurrences of all meetings from the start of {@code firstDay} for {@code days} days, both counted in
 * {@code zone}, in time order.
 */
public record Agenda(LocalDate firstDay, int days, ZoneId zone, List<AgendaEntry> entries) {

    public Agenda {
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(zone, "zone");
        if (days < 1) {
            throw new IllegalArgumentException("an agenda spans at least one day, not " + days);
        }
        entries = List.copyOf(entries);
    }

    public LocalDate lastDay() {
        return firstDay.plusDays(days - 1L);
    }

    public Instant from() {
        return firstDay.atStartOfDay(zone).toInstant();
    }

    /** The end of the agenda, exclusive: the start of the day after {@link #lastDay()}. */
    public Instant to() {
        return firstDay.plusDays(days).atStartOfDay(zone).toInstant();
    }

    public int meetingCount() {
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        entries.forEach(entry -> ids.add(entry.meetingId()));
        return ids.size();
    }
}
