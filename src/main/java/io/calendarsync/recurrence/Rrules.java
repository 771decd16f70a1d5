package io.calendarsync.recurrence;

import io.calendarsync.model.Meeting;
import io.calendarsync.model.Schedule;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * RRULE lines for meetings. Rule parts always come in the order FREQ, INTERVAL, BYDAY or BYMONTHDAY,
 * then UNTIL or COUNT, so the same meeting gives the same line byte for byte.
 */
public final class Rrules {

    /**
     * The UNTIL formatter, in a holder class so that validation, which calls {@link #weekOfMonth} and
     * {@link #endOfDay}, does not build it.
     */
    private static final class UntilFormat {
        /** UNTIL in UTC, the only form RFC 5545 allows when DTSTART carries a TZID. */
        static final DateTimeFormatter UTC_DATE_TIME =
                DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    }

    private static final String WEEKDAY_LIST = "MO,TU,WE,TH,FR";

    private Rrules() {
    }

    /** Returns the RRULE line of {@code meeting}, or empty for a meeting that happens once. */
    public static Optional<String> forMeeting(Meeting meeting) {
        Schedule schedule = meeting.schedule();
        List<String> parts = new ArrayList<>();
        LocalDate date = meeting.date();

        switch (schedule.frequency()) {
            case ONCE -> {
                return Optional.empty();
            }
            case DAILY -> parts.add("FREQ=DAILY");
            // Every weekday is a weekly rule on the five days Monday to Friday.
            case WEEKDAYS -> parts.add("FREQ=WEEKLY");
            case WEEKLY -> parts.add("FREQ=WEEKLY");
            case MONTHLY_NTH, MONTHLY_LAST, MONTHLY_ON_DAY -> parts.add("FREQ=MONTHLY");
            case YEARLY -> parts.add("FREQ=YEARLY");
        }
        if (schedule.interval() > 1) {
            parts.add("INTERVAL=" + schedule.interval());
        }

        switch (schedule.frequency()) {
            case WEEKDAYS -> parts.add("BYDAY=" + WEEKDAY_LIST);
            case WEEKLY -> parts.add("BYDAY=" + code(date.getDayOfWeek()));
            case MONTHLY_NTH -> parts.add("BYDAY=" + weekOfMonth(date) + code(date.getDayOfWeek()));
            case MONTHLY_LAST -> parts.add("BYDAY=-1" + code(date.getDayOfWeek()));
            case MONTHLY_ON_DAY -> parts.add("BYMONTHDAY=" + date.getDayOfMonth());
            default -> {
                // DAILY and YEARLY take everything else from DTSTART.
            }
        }

        schedule.until().ifPresent(until -> parts.add("UNTIL=" + utcDateTime(endOfDay(until, meeting.zone()))));
        schedule.count().ifPresent(count -> parts.add("COUNT=" + count));
        return Optional.of("RRULE:" + String.join(";", parts));
    }

    /**
     * Returns the last second of {@code day} in {@code zone}, so an occurrence on that day is still inside
     * the series whatever its time.
     */
    public static Instant endOfDay(LocalDate day, ZoneId zone) {
        return day.plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1);
    }

    /** Formats {@code instant} as an UNTIL value in UTC, such as {@code 20250624T065959Z}. */
    static String utcDateTime(Instant instant) {
        return UntilFormat.UTC_DATE_TIME.format(instant);
    }

    /** Returns n of "the nth weekday of its month" for {@code date}: 1 for days 1 to 7, 5 for days 29 to 31. */
    public static int weekOfMonth(LocalDate date) {
        return (date.getDayOfMonth() - 1) / 7 + 1;
    }

    /** Returns the RFC 5545 two-letter code of a weekday, such as {@code TU}. */
    public static String code(DayOfWeek day) {
        return day.name().substring(0, 2);
    }
}
