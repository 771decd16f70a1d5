package io.calendarsync.recurrence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.calendarsync.model.Event;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A rule without WKST expands with RFC 5545's default week start, Monday, whatever the JVM's locale. */
class WeekStartTest {

    private static final Instant FROM = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2025-02-10T00:00:00Z");

    private static List<LocalDate> days(String rule) {
        LocalDateTime start = LocalDateTime.parse("2025-01-06T10:00");
        Event event = new Event("weekstart", "Meeting", "", "", start, start.plusHours(1), ZoneId.of("Europe/Berlin"),
                List.of(rule), List.of(), "");
        return Occurrences.between(event, FROM, TO).stream().map(o -> o.start().toLocalDate()).toList();
    }

    private static List<LocalDate> daysUnder(Locale locale, String rule) {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(locale);
            return days(rule);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void sundayFirstLocaleExpandsAsMondayFirst() {
        String rule = "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=SU,MO";
        // Weeks run Monday to Sunday, so the Sunday after each Monday of every other week is in.
        List<LocalDate> expected = List.of(LocalDate.parse("2025-01-06"), LocalDate.parse("2025-01-12"),
                LocalDate.parse("2025-01-20"), LocalDate.parse("2025-01-26"), LocalDate.parse("2025-02-03"),
                LocalDate.parse("2025-02-09"));

        assertEquals(expected, daysUnder(Locale.US, rule));
        assertEquals(expected, daysUnder(Locale.GERMANY, rule));
    }

    @Test
    void explicitWeekStartIsKept() {
        String rule = "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=SU,MO;WKST=SU";
        // Weeks run Sunday to Saturday: the Sunday before each Monday, except before the first.
        List<LocalDate> expected = List.of(LocalDate.parse("2025-01-06"), LocalDate.parse("2025-01-19"),
                LocalDate.parse("2025-01-20"), LocalDate.parse("2025-02-02"), LocalDate.parse("2025-02-03"));

        assertEquals(expected, daysUnder(Locale.GERMANY, rule));
    }
}
