package io.calendarsync.validate;

import io.calendarsync.config.ProblemList;
import io.calendarsync.config.ScalarSpec;
import io.calendarsync.config.SourceLocation;
import io.calendarsync.config.Texts;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.chrono.IsoChronology;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the dates of calendar.yaml: {@code MM/dd/yyyy} with one- or two-digit month and day, or ISO
 * {@code yyyy-MM-dd}. Errors name what is wrong (a month 13, February 30) and suggest the date the author
 * probably meant, in the style they wrote.
 */
final class Dates {

    static final int MIN_YEAR = 1970;
    static final int MAX_YEAR = 2199;

    private static final Pattern US = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern TWO_DIGIT_YEAR = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2})");
    private static final Pattern DAY_FIRST_DOTS = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern YEAR_FIRST_SLASHES = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");
    private static final String FORMATS = "write the date as MM/dd/yyyy, for example 07/15/2025, or as yyyy-MM-dd";

    private Dates() {
    }

    /**
     * Formats the date the way the reference writes dates, {@code MM/dd/yyyy}. It is written out because
     * String.format parses its pattern on every call, warnings format many dates, and the first call of a
     * run loads the JDK's locale data, about 10 ms of CPU time.
     */
    static String format(LocalDate date) {
        if (date.getYear() < 0) {
            return String.format(Locale.ROOT, "%02d/%02d/%04d", date.getMonthValue(), date.getDayOfMonth(), date.getYear());
        }
        StringBuilder text = new StringBuilder(10);
        appendPadded(text, date.getMonthValue(), 2).append('/');
        appendPadded(text, date.getDayOfMonth(), 2).append('/');
        return appendPadded(text, date.getYear(), 4).toString();
    }

    /** Appends a number that is not negative, with leading zeros up to {@code width} digits. */
    static StringBuilder appendPadded(StringBuilder text, int number, int width) {
        String digits = Integer.toString(number);
        for (int missing = width - digits.length(); missing > 0; missing--) {
            text.append('0');
        }
        return text.append(digits);
    }

    /** Parses a date that was already checked, without reporting anything. */
    static Optional<LocalDate> parseQuietly(String text) {
        MeetingProblems ignored = new MeetingProblems(new ProblemList(""), "");
        return parse(new ScalarSpec(text, SourceLocation.UNKNOWN), "date", ignored);
    }

    static Optional<LocalDate> parse(ScalarSpec value, String field, MeetingProblems problems) {
        String text = value.text().strip();
        if (text.isEmpty()) {
            problems.error(field, value.location(), field + " has no value", FORMATS);
            return Optional.empty();
        }
        Matcher us = US.matcher(text);
        if (us.matches()) {
            return checked(number(us, 3), number(us, 1), number(us, 2), false, value, field, problems);
        }
        Matcher iso = ISO.matcher(text);
        if (iso.matches()) {
            return checked(number(iso, 1), number(iso, 2), number(iso, 3), true, value, field, problems);
        }
        reportUnknownFormat(text, value, field, problems);
        return Optional.empty();
    }

    private static Optional<LocalDate> checked(int year, int month, int day, boolean iso, ScalarSpec value,
            String field, MeetingProblems problems) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            problems.error(field, value.location(), quoted(value) + " has the year " + year + ", outside " + MIN_YEAR + " to "
                    + MAX_YEAR, "check the year");
            return Optional.empty();
        }
        if (month < 1 || month > 12) {
            reportBadMonth(year, month, day, iso, value, field, problems);
            return Optional.empty();
        }
        // YearMonth is avoided here because its class initialisation builds a DateTimeFormatter, about 2 ms
        // of CPU time in every run.
        int monthLength = Month.of(month).length(IsoChronology.INSTANCE.isLeapYear(year));
        if (day < 1 || day > monthLength) {
            YearMonth yearMonth = YearMonth.of(year, month);
            problems.error(field, value.location(), quoted(value) + " does not exist: " + monthName(month) + " " + year
                    + " has " + monthLength + " days" + leapYearNote(yearMonth, day), "check the date");
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(year, month, day));
    }

    private static void reportBadMonth(int year, int month, int day, boolean iso, ScalarSpec value, String field,
            MeetingProblems problems) {
        String quoted = quoted(value);
        boolean swappedExists = month > 12 && day >= 1 && day <= 12 && month <= YearMonth.of(year, day).lengthOfMonth();
        if (swappedExists) {
            LocalDate swapped = LocalDate.of(year, day, month);
            problems.error(field, value.location(), quoted + " is not a valid " + (iso ? "yyyy-MM-dd" : "MM/dd/yyyy")
                    + " date (month " + month + "); the day and month look swapped",
                    "did you mean " + (iso ? swapped.toString() : format(swapped)) + "?");
            return;
        }
        problems.error(field, value.location(), quoted + " has the month " + month + "; months go from 1 to 12",
                FORMATS);
    }

    private static void reportUnknownFormat(String text, ScalarSpec value, String field, MeetingProblems problems) {
        String message = Texts.quote(text) + " is not a date in MM/dd/yyyy or yyyy-MM-dd format";
        Matcher twoDigit = TWO_DIGIT_YEAR.matcher(text);
        if (twoDigit.matches()) {
            String suggestion = String.format(Locale.ROOT, "%02d/%02d/20%s", number(twoDigit, 1), number(twoDigit, 2),
                    twoDigit.group(3));
            problems.error(field, value.location(), message + " (the year has two digits)",
                    "write the year with four digits: " + suggestion);
            return;
        }
        Matcher dots = DAY_FIRST_DOTS.matcher(text);
        if (dots.matches()) {
            String suggestion = String.format(Locale.ROOT, "%02d/%02d/%s", number(dots, 2), number(dots, 1),
                    dots.group(3));
            problems.error(field, value.location(), message + " (dd.MM.yyyy is read day first)",
                    "write it month first with slashes: " + suggestion);
            return;
        }
        Matcher yearFirst = YEAR_FIRST_SLASHES.matcher(text);
        if (yearFirst.matches()) {
            String suggestion = String.format(Locale.ROOT, "%s-%02d-%02d", yearFirst.group(1), number(yearFirst, 2),
                    number(yearFirst, 3));
            problems.error(field, value.location(), message, "write a year-first date with dashes: " + suggestion);
            return;
        }
        problems.error(field, value.location(), message, FORMATS);
    }

    private static String quoted(ScalarSpec value) {
        return Texts.quote(value.text().strip());
    }

    private static String leapYearNote(YearMonth yearMonth, int day) {
        if (yearMonth.getMonth() == Month.FEBRUARY && day == 29) {
            return " because " + yearMonth.getYear() + " is not a leap year";
        }
        return "";
    }

    private static String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static int number(Matcher matcher, int group) {
        return Integer.parseInt(matcher.group(group));
    }
}
