package io.calendarsync.validate;

import io.calendarsync.config.ScalarSpec;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.Locale;

/**
 * Checks that the first meeting's start and end exist on the local clock. On the night daylight saving
 * time starts, the clocks skip an hour, and calendars move a time that falls in it. Google Calendar
 * rejects a meeting that starts and ends there, and runs a series that starts there an hour later than an
 * iCalendar file does. Repeated hours, when the clocks go back, are fine, because Java and RFC 5545 both
 * take the earlier of the two instants.
 */
final class DaylightGaps {

    private DaylightGaps() {
    }

    /** Reports a start or end in a skipped hour; returns true when there is none. */
    static boolean check(LocalDate date, TimeRange time, ZoneId zone, ScalarSpec value, MeetingProblems problems) {
        boolean twelveHour = value.text().toUpperCase(Locale.ROOT).contains("M");
        LocalDate endDate = time.end().isBefore(time.start()) ? date.plusDays(1) : date;
        LocalDate laterDate = date.plusWeeks(1);
        return check(date.atTime(time.start()), zone, twelveHour, laterDate, value, problems)
                && check(endDate.atTime(time.end()), zone, twelveHour, laterDate, value, problems);
    }

    private static boolean check(LocalDateTime local, ZoneId zone, boolean twelveHour, LocalDate laterDate,
            ScalarSpec value, MeetingProblems problems) {
        if (!zone.getRules().getValidOffsets(local).isEmpty()) {
            return true;
        }
        ZoneOffsetTransition gap = zone.getRules().getTransition(local);
        LocalTime from = gap.getDateTimeBefore().toLocalTime();
        LocalTime to = gap.getDateTimeAfter().toLocalTime();
        problems.error("time", value.location(), ClockTimes.format(local.toLocalTime(), twelveHour)
                + " does not exist on " + Dates.format(local.toLocalDate()) + " in " + zone.getId()
                + " because the clocks jump from " + ClockTimes.format(from, twelveHour) + " to "
                + ClockTimes.format(to, twelveHour) + " that night",
                "set date to another day, such as " + Dates.format(laterDate) + ", or choose a time outside " + ClockTimes.range(from, to, twelveHour));
        return false;
    }
}
