package io.calendarsync.agenda;

import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One occurrence of a meeting in an agenda: start and end in the meeting's zone, and the move of its UTC
 * time since the meeting's previous occurrence, when there is one.
 */
public record AgendaEntry(String meetingId, String name, ZonedDateTime start, ZonedDateTime end,
        Optional<UtcShift> utcShift) {

    public AgendaEntry {
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(utcShift, "utcShift");
        name = name == null ? "" : name;
    }
}
