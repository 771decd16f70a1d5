package io.calendarsync.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.calendarsync.recurrence.Occurrence;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The hand-written date and time formats of messages, checked against the JDK's formatters. */
class MessageFormatsTest {

    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    @Test
    void dayMatchesJdkPatternEveryWeekday() {
        DateTimeFormatter expected = DateTimeFormatter.ofPattern("EEE MM/dd/yyyy", Locale.ROOT);
        for (int offset = 0; offset < 7; offset++) {
            LocalDate date = LocalDate.of(2025, 7, 14).plusDays(offset);

            assertEquals(expected.format(date), OccurrenceTexts.day(date));
        }
    }

    @Test
    void datePadsMonthDayAndYear() {
        assertEquals("01/05/0999", Dates.format(LocalDate.of(999, 1, 5)));
        assertEquals("12/31/2199", Dates.format(LocalDate.of(2199, 12, 31)));
        assertEquals(String.format(Locale.ROOT, "%02d/%02d/%04d", 3, 4, -5), Dates.format(LocalDate.of(-5, 3, 4)));
    }

    @Test
    void dayAndTimesPadsHours() {
        ZonedDateTime start = ZonedDateTime.of(LocalDate.of(2025, 7, 15), LocalTime.of(8, 5), LOS_ANGELES);

        assertEquals("Tue 07/15/2025 08:05–09:00 America/Los_Angeles",
                OccurrenceTexts.dayAndTimes(new Occurrence(start, start.plusMinutes(55))));
    }

    @Test
    void dayAndTimesNamesNextDayOfEnd() {
        ZonedDateTime start = ZonedDateTime.of(LocalDate.of(2025, 7, 15), LocalTime.of(23, 30), LOS_ANGELES);

        assertEquals("Tue 07/15/2025 23:30–Wed 07/16/2025 00:30 America/Los_Angeles",
                OccurrenceTexts.dayAndTimes(new Occurrence(start, start.plusHours(1))));
    }

    @Test
    void clockTimeFollowsWrittenStyle() {
        assertEquals("12:05AM", ClockTimes.format(LocalTime.of(0, 5), true));
        assertEquals("12:00PM", ClockTimes.format(LocalTime.of(12, 0), true));
        assertEquals("5:30PM", ClockTimes.format(LocalTime.of(17, 30), true));
        assertEquals("0:05", ClockTimes.format(LocalTime.of(0, 5), false));
        assertEquals("17:30", ClockTimes.format(LocalTime.of(17, 30), false));
    }
}
