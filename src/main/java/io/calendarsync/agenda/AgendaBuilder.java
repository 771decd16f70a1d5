package io.calendarsync.agenda;

import io.calendarsync.model.CalendarSyncException;
import io.calendarsync.model.Meeting;
import io.calendarsync.recurrence.MeetingSeries;
import io.calendarsync.recurrence.Occurrence;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Lists the upcoming occurrences of meetings with their UTC shifts. Both the agenda command and the plan's
 * next occurrences go through here. Occurrences come from {@link MeetingSeries}, which gives the same ones
 * as expanding the meeting's RRULE at a fraction of the cost.
 */
public final class AgendaBuilder {

    /**
     * The maximum number of entries in an agenda. Entries stay in memory to be sorted, and 250,000 of them
     * rendered in every format within a 256 MB heap here. A 5 MB calendar.yaml can have tens of thousands
     * of daily meetings, millions of entries in a year.
     */
    public static final int MAX_ENTRIES = 250_000;

    /**
     * Returns the occurrences of all meetings in the agenda's days, in time order, then file order.
     *
     * @throws CalendarSyncException a usage error when the agenda would list more than {@link #MAX_ENTRIES}
     */
    public Agenda build(List<Meeting> meetings, LocalDate firstDay, int days, ZoneId zone) {
        Agenda empty = new Agenda(firstDay, days, zone, List.of());
        List<AgendaEntry> entries = new ArrayList<>();
        for (Meeting meeting : meetings) {
            MeetingSeries series = MeetingSeries.of(meeting);
            entries.addAll(entries(meeting, series, series.between(empty.from(), empty.to())));
            if (entries.size() > MAX_ENTRIES) {
                throw CalendarSyncException.usage("an agenda of " + days + (days == 1 ? " day" : " days") + " from "
                        + firstDay + " lists more than " + MAX_ENTRIES + " meetings, more than an agenda can show;"
                        + " ask for fewer days with --days");
            }
        }
        // The sort is stable, so meetings that start at the same instant stay in file order.
        entries.sort(Comparator.comparing(entry -> entry.start().toInstant()));
        return new Agenda(firstDay, days, zone, entries);
    }

    /** Returns up to {@code limit} occurrences of {@code meeting} that start at or after {@code from}. */
    public List<AgendaEntry> next(Meeting meeting, Instant from, int limit) {
        MeetingSeries series = MeetingSeries.of(meeting);
        return entries(meeting, series, series.next(from, limit));
    }

    /**
     * Pairs each occurrence with the one before it. The first is compared with the meeting's last occurrence
     * before the list, so a shift right at the start of the list is marked too.
     */
    private static List<AgendaEntry> entries(Meeting meeting, MeetingSeries series, List<Occurrence> occurrences) {
        if (occurrences.isEmpty()) {
            return List.of();
        }
        Optional<ZonedDateTime> previous = series.lastBefore(occurrences.get(0).start().toInstant())
                .map(Occurrence::start);
        List<AgendaEntry> entries = new ArrayList<>();
        for (Occurrence occurrence : occurrences) {
            Optional<UtcShift> shift = previous.flatMap(before -> UtcShift.between(before, occurrence.start()));
            entries.add(new AgendaEntry(meeting.id(), meeting.name(), occurrence.start(), occurrence.end(), shift));
            previous = Optional.of(occurrence.start());
        }
        return entries;
    }
}
