package io.calendarsync.validate;

import io.calendarsync.config.ScalarSpec;
import io.calendarsync.config.Texts;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses {@code time:}: {@code h:mmAM-h:mmPM} in any case with an optional space before AM or PM, one
 * AM/PM after the end for both times ({@code 6:00-7:00 PM}), or the 24-hour clock ({@code 17:30-18:10}).
 * With one shared AM/PM the start takes the same half of the day unless that would put it after the end:
 * {@code 11:00-1:00 PM} is 11 AM to 1 PM.
 */
final class TimeRanges {

    /** Longer meetings get a warning, because they are usually a mistyped AM or PM. */
    static final Duration LONG_MEETING = Duration.ofHours(8);

    private static final String MERIDIEM = "(?:([AaPp][Mm])(?![A-Za-z]))?";
    private static final Pattern RANGE = Pattern.compile("(\\d{1,2}):(\\d{2})\\s*" + MERIDIEM
            + "\\s*[-\u2013\u2014]\\s*(\\d{1,2}):(\\d{2})\\s*" + MERIDIEM + "(.*)", Pattern.DOTALL);
    private static final Pattern HOUR_ONLY = Pattern.compile("(\\d{1,2})\\s*([AaPp][Mm])(?![A-Za-z])");
    private static final String FORMATS =
            "write h:mmAM-h:mmPM, for example 8:00AM-8:55AM, or the 24-hour clock, for example 17:30-18:10";

    private TimeRanges() {
    }

    /** One side of the range as written; {@code meridiem} is "AM", "PM" or null. */
    private record Clock(int hour, int minute, String meridiem) {
        String text() {
            return String.format(Locale.ROOT, "%d:%02d%s", hour, minute, meridiem == null ? "" : meridiem);
        }
    }

    static Optional<TimeRange> parse(ScalarSpec value, MeetingProblems problems, Instant now) {
        String text = value.text().strip();
        if (text.isEmpty()) {
            problems.error("time", value.location(), "time has no value", FORMATS);
            return Optional.empty();
        }
        Matcher matcher = RANGE.matcher(text);
        if (!matcher.matches()) {
            reportUnknownFormat(text, value, problems);
            return Optional.empty();
        }
        String trailing = matcher.group(7).strip();
        if (!trailing.isEmpty()) {
            TrailingZones.report(text.substring(0, matcher.start(7)).strip(), trailing, value, problems, now);
            return Optional.empty();
        }

        Clock start = clock(matcher, 1);
        Clock end = clock(matcher, 4);
        boolean twelveHour = end.meridiem() != null;
        Optional<TimeRange> range = resolve(start, end, value, problems);
        if (range.isPresent() && !checkLength(range.get(), twelveHour, value, problems)) {
            return Optional.empty();
        }
        return range;
    }

    private static Clock clock(Matcher matcher, int firstGroup) {
        String meridiem = matcher.group(firstGroup + 2);
        return new Clock(Integer.parseInt(matcher.group(firstGroup)), Integer.parseInt(matcher.group(firstGroup + 1)),
                meridiem == null ? null : meridiem.toUpperCase(Locale.ROOT));
    }

    private static Optional<TimeRange> resolve(Clock start, Clock end, ScalarSpec value, MeetingProblems problems) {
        if (!validMinutes(start, value, problems) || !validMinutes(end, value, problems)) {
            return Optional.empty();
        }
        if (start.meridiem() != null && end.meridiem() == null) {
            String fix = end.hour() >= 1 && end.hour() <= 12
                    ? "write AM or PM after both times, for example " + start.text() + "-" + end.text() + start.meridiem()
                    : FORMATS;
            problems.error("time", value.location(), "the start " + start.text() + " has AM or PM but the end "
                    + end.text() + " does not", fix);
            return Optional.empty();
        }
        // The end is read only when the start is valid, so one value gets one problem. Plain conditionals
        // rather than lambdas, which would be linked at run time in every run.
        if (end.meridiem() == null) {
            Optional<LocalTime> startTime = twentyFourHour(start, value, problems);
            return startTime.isEmpty() ? Optional.empty() : both(startTime.get(), twentyFourHour(end, value, problems));
        }
        if (start.meridiem() != null) {
            Optional<LocalTime> startTime = twelveHour(start, value, problems);
            return startTime.isEmpty() ? Optional.empty() : both(startTime.get(), twelveHour(end, value, problems));
        }
        Clock sharedStart = new Clock(start.hour(), start.minute(), end.meridiem());
        Optional<LocalTime> startTime = twelveHour(sharedStart, value, problems);
        Optional<LocalTime> endTime = startTime.isEmpty() ? Optional.empty() : twelveHour(end, value, problems);
        if (endTime.isEmpty()) {
            return Optional.empty();
        }
        // The start takes the end's AM or PM unless that puts it after the end: 11:00-1:00 PM starts at 11 AM.
        LocalTime shiftedStart = startTime.get().isAfter(endTime.get()) ? startTime.get().plusHours(12) : startTime.get();
        return Optional.of(new TimeRange(shiftedStart, endTime.get()));
    }

    private static Optional<TimeRange> both(LocalTime start, Optional<LocalTime> end) {
        return end.isPresent() ? Optional.of(new TimeRange(start, end.get())) : Optional.empty();
    }

    private static boolean validMinutes(Clock clock, ScalarSpec value, MeetingProblems problems) {
        if (clock.minute() <= 59) {
            return true;
        }
        problems.error("time", value.location(), clock.text() + " has " + clock.minute()
                + " minutes; minutes go from 00 to 59", FORMATS);
        return false;
    }

    private static Optional<LocalTime> twelveHour(Clock clock, ScalarSpec value, MeetingProblems problems) {
        if (clock.hour() == 0) {
            problems.error("time", value.location(), clock.text() + " is not a 12-hour time; the hour after"
                    + " midnight is 12 AM", String.format(Locale.ROOT, "write 12:%02d%s", clock.minute(),
                    clock.meridiem()));
            return Optional.empty();
        }
        if (clock.hour() > 12) {
            problems.error("time", value.location(), clock.text() + " mixes the 24-hour clock with AM/PM",
                    String.format(Locale.ROOT, "write %d:%02d without AM/PM, or %s", clock.hour(), clock.minute(),
                            clock.hour() <= 23 ? ClockTimes.format(LocalTime.of(clock.hour(), clock.minute()), true)
                                    : "a time from 1:00 to 12:59 with AM/PM"));
            return Optional.empty();
        }
        int hour = clock.hour() % 12 + ("PM".equals(clock.meridiem()) ? 12 : 0);
        return Optional.of(LocalTime.of(hour, clock.minute()));
    }

    private static Optional<LocalTime> twentyFourHour(Clock clock, ScalarSpec value, MeetingProblems problems) {
        if (clock.hour() <= 23) {
            return Optional.of(LocalTime.of(clock.hour(), clock.minute()));
        }
        String fix = clock.hour() == 24 && clock.minute() == 0
                ? "write 0:00 for midnight; an end before the start means the next day"
                : "hours of the 24-hour clock go from 0 to 23";
        problems.error("time", value.location(), clock.text() + " is not a valid time", fix);
        return Optional.empty();
    }

    /** Reports zero-length, overnight and very long meetings; returns false when the range is an error. */
    private static boolean checkLength(TimeRange range, boolean twelveHour, ScalarSpec value,
            MeetingProblems problems) {
        if (range.start().equals(range.end())) {
            problems.error("time", value.location(), "the meeting starts and ends at the same time ("
                    + ClockTimes.format(range.start(), twelveHour) + ")", "write the time the meeting ends");
            return false;
        }
        if (range.crossesMidnight()) {
            problems.warning("time", value.location(), ClockTimes.range(range.start(), range.end(), twelveHour)
                    + " ends at " + ClockTimes.format(range.end(), twelveHour)
                    + " on the next day, because the end is earlier than the start",
                    "if the meeting does not run past midnight, check AM and PM");
        }
        if (range.length().compareTo(LONG_MEETING) > 0) {
            List<String> alternatives = shorterAlternatives(range, twelveHour);
            String fix = alternatives.isEmpty()
                    ? "check AM and PM"
                    : "check AM and PM: did you mean " + String.join(" or ", alternatives) + "?";
            problems.warning("time", value.location(), ClockTimes.range(range.start(), range.end(), twelveHour)
                    + " lasts " + ClockTimes.duration(range.length())
                    + ", longer than " + LONG_MEETING.toHours() + " hours", fix);
        }
        return true;
    }

    /** Returns the ranges one AM/PM swap away that are short and end on the same day. */
    private static List<String> shorterAlternatives(TimeRange range, boolean twelveHour) {
        List<String> alternatives = new ArrayList<>();
        if (!twelveHour) {
            return alternatives;
        }
        for (TimeRange candidate : List.of(new TimeRange(range.start().plusHours(12), range.end()),
                new TimeRange(range.start(), range.end().plusHours(12)))) {
            boolean sameDay = candidate.end().isAfter(candidate.start());
            if (sameDay && candidate.length().compareTo(LONG_MEETING) <= 0) {
                alternatives.add(ClockTimes.range(candidate.start(), candidate.end(), true));
            }
        }
        return alternatives;
    }

    private static void reportUnknownFormat(String text, ScalarSpec value, MeetingProblems problems) {
        String message = Texts.quote(text) + " is not a time range";
        Matcher hourOnly = HOUR_ONLY.matcher(text);
        String withMinutes = hourOnly.replaceAll("$1:00$2");
        if (!withMinutes.equals(text) && RANGE.matcher(withMinutes).matches()) {
            problems.error("time", value.location(), message + " (the minutes are missing)",
                    "write " + withMinutes.toUpperCase(Locale.ROOT).replace(" ", ""));
            return;
        }
        String withColons = text.replaceAll("(\\d{1,2})\\.(\\d{2})", "$1:$2");
        if (!withColons.equals(text) && RANGE.matcher(withColons).matches()) {
            problems.error("time", value.location(), message + " (hours and minutes are separated by '.')",
                    "write " + withColons);
            return;
        }
        if (!text.contains("-") && !text.contains("\u2013") && !text.contains("\u2014")) {
            problems.error("time", value.location(), message + "; it needs a start and an end separated by '-'",
                    FORMATS);
            return;
        }
        problems.error("time", value.location(), message, FORMATS);
    }
}
