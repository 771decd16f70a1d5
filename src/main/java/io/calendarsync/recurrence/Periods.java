package io.calendarsync.recurrence;

import io.calendarsync.model.Frequency;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * Splits a schedule's time line into the periods its frequency repeats in (days, weeks, months or years,
 * times the interval) and lists the dates in each period. Period 0 contains the first date, and periods
 * are numbered, so the period of any day is one division away. A query far from the first date costs no
 * more than one near it.
 *
 * <p>The dates are those of the RRULE that {@link Rrules} writes for the same schedule: a weekly period
 * starts on Monday (RFC 5545's default week start), and a day the month or year does not have (the 31st,
 * February 29, a fifth Tuesday) is no occurrence rather than moved to another day.
 */
final class Periods {

    private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    private final Frequency frequency;
    private final int interval;
    private final LocalDate first;

    /** The day a daily or weekly period 0 starts on: the first date, or the Monday of its week. */
    private final LocalDate anchorDay;

    /** The month of the first date, counted from year 0, so month arithmetic is integer arithmetic. */
    private final long anchorMonth;

    /** The n of "nth weekday of the month" for a monthly meeting, from the first date, or -1 for the last. */
    private final int weekOfMonth;

    Periods(Frequency frequency, int interval, LocalDate first) {
        if (frequency == Frequency.ONCE) {
            throw new IllegalArgumentException("a meeting that happens once has no periods");
        }
        this.frequency = frequency;
        this.interval = interval;
        this.first = first;
        this.anchorDay = frequency == Frequency.WEEKDAYS ? first.with(DayOfWeek.MONDAY) : first;
        this.anchorMonth = monthNumber(first);
        this.weekOfMonth = frequency == Frequency.MONTHLY_LAST ? -1 : Rrules.weekOfMonth(first);
    }

    /** Returns the number of the period that {@code day} falls in, which is negative before the first period. */
    long periodOf(LocalDate day) {
        return switch (frequency) {
            case DAILY -> Math.floorDiv(ChronoUnit.DAYS.between(anchorDay, day), interval);
            case WEEKLY, WEEKDAYS -> Math.floorDiv(ChronoUnit.DAYS.between(anchorDay, day), 7L * interval);
            case MONTHLY_NTH, MONTHLY_LAST, MONTHLY_ON_DAY -> Math.floorDiv(monthNumber(day) - anchorMonth, interval);
            case YEARLY -> Math.floorDiv((long) day.getYear() - first.getYear(), interval);
            case ONCE -> throw new IllegalStateException("no periods");
        };
    }

    /** Returns the dates of period {@code period} in ascending order, or an empty list when it has none. */
    List<LocalDate> datesIn(long period) {
        return switch (frequency) {
            case DAILY -> List.of(anchorDay.plusDays(period * interval));
            case WEEKLY -> List.of(anchorDay.plusWeeks(period * interval));
            case WEEKDAYS -> {
                LocalDate monday = anchorDay.plusWeeks(period * interval);
                LocalDate[] days = new LocalDate[WEEKDAYS.size()];
                for (int i = 0; i < days.length; i++) {
                    days[i] = monday.with(WEEKDAYS.get(i));
                }
                yield List.of(days);
            }
            case MONTHLY_NTH, MONTHLY_LAST -> nthWeekday(firstOfMonth(anchorMonth + period * interval));
            case MONTHLY_ON_DAY -> sameDay(firstOfMonth(anchorMonth + period * interval));
            case YEARLY -> sameDay(first.withDayOfMonth(1).plusYears(period * interval));
            case ONCE -> throw new IllegalStateException("no periods");
        };
    }

    private List<LocalDate> nthWeekday(LocalDate monthStart) {
        DayOfWeek weekday = first.getDayOfWeek();
        LocalDate day = weekOfMonth < 0
                ? monthStart.with(TemporalAdjusters.lastInMonth(weekday))
                : monthStart.with(TemporalAdjusters.dayOfWeekInMonth(weekOfMonth, weekday));
        // dayOfWeekInMonth runs into the next month when the month has no fifth such weekday.
        return day.getMonth() == monthStart.getMonth() ? List.of(day) : List.of();
    }

    /** Returns the first date's day number in the month starting on {@code monthStart}, if the month has it. */
    private List<LocalDate> sameDay(LocalDate monthStart) {
        int day = first.getDayOfMonth();
        return day <= monthStart.lengthOfMonth() ? List.of(monthStart.withDayOfMonth(day)) : List.of();
    }

    // YearMonth would do this too, but its class set-up builds a DateTimeFormatter, 2 ms of every run.
    private static long monthNumber(LocalDate day) {
        return day.getYear() * 12L + day.getMonthValue() - 1;
    }

    private static LocalDate firstOfMonth(long monthNumber) {
        return LocalDate.of(Math.toIntExact(Math.floorDiv(monthNumber, 12)), (int) Math.floorMod(monthNumber, 12) + 1, 1);
    }
}
