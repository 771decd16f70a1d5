package io.calendarsync.validate;

import io.calendarsync.config.SourceLocation;
import io.calendarsync.recurrence.Rrules;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * Checks that {@code date} fits the frequency: a date the rule would not repeat as the author expects is
 * an error. {@code date} is also the first occurrence, so for {@code weekdays} it must not be a weekend.
 */
final class CadenceRules {

    private CadenceRules() {
    }

    static void check(Cadence cadence, LocalDate date, SourceLocation at, MeetingProblems problems) {
        switch (cadence.frequency()) {
            case MONTHLY_NTH -> checkMonthlyNth(date, at, problems);
            case MONTHLY_LAST -> checkMonthlyLast(date, at, problems);
            case MONTHLY_ON_DAY -> checkMonthlyOnDay(date, at, problems);
            case YEARLY -> checkYearly(date, at, problems);
            case WEEKDAYS -> checkWeekdays(date, at, problems);
            default -> {
                // Daily and every-N-weeks repeat from any date.
            }
        }
    }

    private static void checkMonthlyNth(LocalDate date, SourceLocation at, MeetingProblems problems) {
        if (Rrules.weekOfMonth(date) < 5) {
            return;
        }
        String weekday = weekday(date.getDayOfWeek());
        problems.error("frequency", at, Dates.format(date) + " is the 5th " + weekday + " of " + monthYear(date)
                + "; most months have only four " + weekday + "s, so a monthly meeting on the 5th " + weekday
                + " would skip most months", "use frequency: monthly-last for the last " + weekday
                + " of every month, or move date to the 1st to 4th " + weekday);
    }

    private static void checkMonthlyLast(LocalDate date, SourceLocation at, MeetingProblems problems) {
        LocalDate last = date.with(TemporalAdjusters.lastInMonth(date.getDayOfWeek()));
        if (last.equals(date)) {
            return;
        }
        String weekday = weekday(date.getDayOfWeek());
        problems.error("frequency", at, Dates.format(date) + " is not the last " + weekday + " of "
                + monthYear(date) + " (that is " + Dates.format(last) + ")", "set date: " + Dates.format(last)
                + ", or use frequency: monthly for the " + ordinal(Rrules.weekOfMonth(date)) + " " + weekday
                + " of every month");
    }

    private static void checkMonthlyOnDay(LocalDate date, SourceLocation at, MeetingProblems problems) {
        if (date.getDayOfMonth() <= 28) {
            return;
        }
        problems.error("frequency", at, "day " + date.getDayOfMonth() + " does not exist in every month: February"
                + " has 28 days (29 in leap years) and April, June, September and November have 30, so the"
                + " meeting would skip those months", "choose a date from the 1st to the 28th of the month");
    }

    private static void checkYearly(LocalDate date, SourceLocation at, MeetingProblems problems) {
        if (date.getMonth() != Month.FEBRUARY || date.getDayOfMonth() != 29) {
            return;
        }
        problems.error("frequency", at, "February 29 exists only in leap years, so a yearly meeting on "
                + Dates.format(date) + " would happen every four years", "choose another date, such as 02/28 or 03/01");
    }

    private static void checkWeekdays(LocalDate date, SourceLocation at, MeetingProblems problems) {
        DayOfWeek day = date.getDayOfWeek();
        if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
            return;
        }
        LocalDate monday = date.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        problems.error("frequency", at, Dates.format(date) + " is a " + weekday(day) + ", but a weekdays meeting"
                + " happens Monday to Friday and its first meeting is always on date",
                "set date to a weekday, such as Monday " + Dates.format(monday));
    }

    static String weekday(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String monthYear(LocalDate date) {
        return date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.getYear();
    }

    static String ordinal(int n) {
        return switch (n) {
            case 1 -> "1st";
            case 2 -> "2nd";
            case 3 -> "3rd";
            default -> n + "th";
        };
    }
}
