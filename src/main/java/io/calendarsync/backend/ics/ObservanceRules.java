package io.calendarsync.backend.ics;

import io.calendarsync.recurrence.Rrules;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransitionRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.IntFunction;

/**
 * Writes a JDK yearly transition rule (such as "Sunday on or after March 8 at 02:00") as the RRULE of a
 * VTIMEZONE observance. The RRULE describes the local wall-clock date before the change, which can differ
 * from the rule's own date when the rule counts in UTC, so each candidate form is checked against the
 * JDK's transitions for {@value #CHECKED_YEARS} years and the first that matches them all is used.
 */
final class ObservanceRules {

    static final int CHECKED_YEARS = 100;

    private ObservanceRules() {
    }

    /** Returns the RRULE value for {@code rule} from {@code firstYear} on, or empty when no simple form fits. */
    static Optional<String> rrule(ZoneOffsetTransitionRule rule, int firstYear) {
        IntFunction<LocalDate> wallDate = year -> rule.createTransition(year).getDateTimeBefore().toLocalDate();
        LocalDate first = wallDate.apply(firstYear);
        Month month = first.getMonth();
        DayOfWeek day = first.getDayOfWeek();
        String byMonth = "FREQ=YEARLY;BYMONTH=" + month.getValue();

        List<Candidate> candidates = new ArrayList<>();
        int week = Rrules.weekOfMonth(first);
        if (week <= 4) {
            candidates.add(new Candidate(byMonth + ";BYDAY=" + week + Rrules.code(day),
                    year -> LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(week, day))));
        }
        candidates.add(new Candidate(byMonth + ";BYDAY=-1" + Rrules.code(day),
                year -> LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(day))));
        candidates.add(new Candidate(byMonth + ";BYMONTHDAY=" + first.getDayOfMonth(),
                year -> LocalDate.of(year, month, first.getDayOfMonth())));
        windowCandidate(wallDate, firstYear, month, day).ifPresent(candidates::add);

        for (Candidate candidate : candidates) {
            if (matches(candidate, wallDate, firstYear)) {
                return Optional.of(candidate.rrule());
            }
        }
        return Optional.empty();
    }

    /** Returns the wall-clock local date-times of the rule's changes after {@code firstYear}, for RDATE. */
    static List<LocalDateTime> explicitChanges(ZoneOffsetTransitionRule rule, int firstYear) {
        List<LocalDateTime> changes = new ArrayList<>();
        for (int year = firstYear + 1; year < firstYear + CHECKED_YEARS; year++) {
            changes.add(rule.createTransition(year).getDateTimeBefore());
        }
        return changes;
    }

    /**
     * "The first Friday on or after the 23rd": a weekday within seven consecutive days of the month, which
     * RFC 5545 writes as BYDAY with a BYMONTHDAY list.
     */
    private static Optional<Candidate> windowCandidate(IntFunction<LocalDate> wallDate, int firstYear, Month month,
            DayOfWeek day) {
        int earliest = Integer.MAX_VALUE;
        for (int year = firstYear; year < firstYear + CHECKED_YEARS; year++) {
            LocalDate date = wallDate.apply(year);
            if (date.getMonth() != month) {
                return Optional.empty();
            }
            earliest = Math.min(earliest, date.getDayOfMonth());
        }
        if (earliest + 6 > month.minLength()) {
            // A window reaching past the month's shortest length would depend on the year.
            return Optional.empty();
        }
        int windowStart = earliest;
        StringJoiner days = new StringJoiner(",");
        for (int dayOfMonth = windowStart; dayOfMonth <= windowStart + 6; dayOfMonth++) {
            days.add(Integer.toString(dayOfMonth));
        }
        String rrule = "FREQ=YEARLY;BYMONTH=" + month.getValue() + ";BYDAY=" + Rrules.code(day) + ";BYMONTHDAY=" + days;
        return Optional.of(new Candidate(rrule,
                year -> LocalDate.of(year, month, windowStart).with(TemporalAdjusters.nextOrSame(day))));
    }

    private static boolean matches(Candidate candidate, IntFunction<LocalDate> wallDate, int firstYear) {
        try {
            for (int year = firstYear; year < firstYear + CHECKED_YEARS; year++) {
                if (!candidate.date().apply(year).equals(wallDate.apply(year))) {
                    return false;
                }
            }
            return true;
        } catch (DateTimeException e) {
            // A fixed day such as February 29 does not exist every year.
            return false;
        }
    }

    private record Candidate(String rrule, IntFunction<LocalDate> date) {
    }
}
