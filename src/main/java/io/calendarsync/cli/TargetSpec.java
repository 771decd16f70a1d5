package io.calendarsync.cli;

import io.calendarsync.model.CalendarSyncException;
import java.nio.file.Path;

/**
 * The parsed {@code --target} value: {@code ics:PATH} for an iCalendar file or {@code google:CALENDAR_ID}
 * for a Google Calendar. Without a value, or with {@code ics:} alone, the target is a calendar.ics beside
 * the calendar file.
 */
record TargetSpec(String kind, String location) {

    static final String ICS = "ics";
    static final String GOOGLE = "google";

    static TargetSpec parse(String value, Path calendarFile) {
        if (value == null || value.equals(ICS + ":") || value.isEmpty()) {
            return new TargetSpec(ICS, defaultIcsPath(calendarFile).toString());
        }

        int colon = value.indexOf(':');
        String kind = colon < 0 ? value : value.substring(0, colon);
        String location = colon < 0 ? "" : value.substring(colon + 1);
        if (!kind.equals(ICS) && !kind.equals(GOOGLE)) {
            throw CalendarSyncException.usage("--target: '" + value
                    + "' names no known target; use ics:PATH or google:CALENDAR_ID");
        }
        if (location.isBlank()) {
            throw CalendarSyncException.usage("--target: '" + value + "' needs a "
                    + (kind.equals(GOOGLE) ? "calendar id, such as google:team@group.calendar.google.com" : "file path"));
        }
        return new TargetSpec(kind, location);
    }

    private static Path defaultIcsPath(Path calendarFile) {
        Path parent = calendarFile.toAbsolutePath().getParent();
        Path file = parent == null ? Path.of("calendar.ics") : parent.resolve("calendar.ics");
        return Path.of("").toAbsolutePath().relativize(file.toAbsolutePath());
    }
}
