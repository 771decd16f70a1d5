package io.calendarsync.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One validated meeting of calendar.yaml. Times are local to {@link #zone()}; an {@link #end()} before
 * {@link #start()} means the meeting ends on the next day. {@link #line()} is the 1-based line of the
 * meeting's first key, kept so later stages can point back at the file.
 */
public record Meeting(
        String id,
        String name,
        LocalDate date,
        LocalTime start,
        LocalTime end,
        ZoneId zone,
        Schedule schedule,
        List<String> attendees,
        Optional<String> video,
        String description,
        Optional<String> organizer,
        int line) {

    public Meeting {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(schedule, "schedule");
        attendees = List.copyOf(attendees);
        description = description == null ? "" : description;
    }

    public boolean endsNextDay() {
        return end.isBefore(start);
    }
}
