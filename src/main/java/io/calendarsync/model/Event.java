package io.calendarsync.model;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * A calendar event in the form every target reads and writes: the shape calendar-sync writes and reads back. Start and end
 * are local date-times in {@link #zone()}, never fixed offsets, so daylight saving follows the zone.
 * {@link #recurrence()} contains RFC 5545 content lines ({@code RRULE:…}, {@code EXDATE;TZID=…:…},
 * {@code RDATE;TZID=…:…}), the form Google Calendar's {@code recurrence} field uses too. Absent text
 * fields are empty strings, and attendees are e-mail addresses.
 */
public record Event(
        String id,
        String summary,
        String description,
        String location,
        LocalDateTime start,
        LocalDateTime end,
        ZoneId zone,
        List<String> recurrence,
        List<String> attendees,
        String organizer) {

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(zone, "zone");
        summary = summary == null ? "" : summary;
        description = description == null ? "" : description;
        location = location == null ? "" : location;
        organizer = organizer == null ? "" : organizer;
        recurrence = List.copyOf(recurrence);
        attendees = List.copyOf(attendees);
    }

    public boolean recurring() {
        return !recurrence.isEmpty();
    }

    public Event withRecurrence(List<String> lines) {
        return new Event(id, summary, description, location, start, end, zone, lines, attendees, organizer);
    }
}
