package io.calendarsync.validate;

import io.calendarsync.recurrence.Occurrence;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/** Formats days and occurrences for messages, with dates in the {@code MM/dd/yyyy} form of calendar.yaml. */
final class OccurrenceTexts {

    /**
     * Weekday names as the pattern {@code EEE} writes them in the root locale, Monday first. A
     * DateTimeFormatter took about 4 ms of CPU time to load the JDK's weekday names in a validate run.
     */
    private static final String[] WEEKDAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

    private OccurrenceTexts() {
    }

    /** {@code Tue 07/15/2025}. */
    static String day(LocalDate date) {
        return WEEKDAYS[date.getDayOfWeek().getValue() - 1] + " " + Dates.format(date);
    }

    static String day(ZonedDateTime time) {
        return day(time.toLocalDate());
    }

    /** {@code Tue 07/15/2025 08:00–08:55 America/Los_Angeles}, with the end's day when it is the next one. */
    static String dayAndTimes(Occurrence occurrence) {
        ZonedDateTime start = occurrence.start();
        ZonedDateTime end = occurrence.end();
        String endText = end.toLocalDate().equals(start.toLocalDate())
                ? time(end)
                : day(end) + " " + time(end);
        return day(start) + " " + time(start) + "–" + endText + " " + start.getZone().getId();
    }

    /** {@code 08:00}, the 24-hour clock with two-digit hours. */
    private static String time(ZonedDateTime time) {
        StringBuilder text = new StringBuilder(5);
        Dates.appendPadded(text, time.getHour(), 2).append(':');
        return Dates.appendPadded(text, time.getMinute(), 2).toString();
    }
}
