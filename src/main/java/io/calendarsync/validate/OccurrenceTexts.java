package io.calendarsync.validate;

import io.calendarsync.recurrence.Occurrence;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Formats days and occurrences for messages, with dates in the {@code MM/dd/yyyy} form of calendar.yaml. */
final class OccurrenceTexts {

    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEE", Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private OccurrenceTexts() {
    }

    /** {@code Tue 07/15/2025}. */
    static String day(LocalDate date) {
        return WEEKDAY.format(date) + " " + Dates.format(date);
    }

    static String day(ZonedDateTime time) {
        return day(time.toLocalDate());
    }

    /** {@code Tue 07/15/2025 08:00–08:55 America/Los_Angeles}, with the end's day when it is the next one. */
    static String dayAndTimes(Occurrence occurrence) {
        ZonedDateTime start = occurrence.start();
        ZonedDateTime end = occurrence.end();
        String endText = end.toLocalDate().equals(start.toLocalDate())
                ? TIME.format(end)
                : day(end) + " " + TIME.format(end);
        return day(start) + " " + TIME.format(start) + "–" + endText + " " + start.getZone().getId();
    }
}
