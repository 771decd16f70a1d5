package io.calendarsync.agenda;

import java.time.DayOfWeek;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A move of a meeting's UTC start time between two consecutive occurrences. The local time stays while the
 * zone's UTC offset changes, so people in other zones see the meeting at a new time.
 */
public record UtcShift(ZonedDateTime previousStart, ZonedDateTime start) {

    /** Why the UTC time moved. */
    public enum Cause {
        /** The zone entered or left daylight saving time. */
        DAYLIGHT_SAVING,
        /** The zone's standard offset changed, which governments do now and then. */
        OFFSET_CHANGE,
        /** The offset is the same, but a local time that fell into a DST gap was moved later. */
        DST_GAP
    }

    public UtcShift {
        Objects.requireNonNull(previousStart, "previousStart");
        Objects.requireNonNull(start, "start");
    }

    /**
     * Returns the shift from {@code previous} to {@code next}, or empty when both start at the same UTC time
     * of day on the same day relative to their local dates.
     */
    public static Optional<UtcShift> between(ZonedDateTime previous, ZonedDateTime next) {
        boolean sameTime = utc(previous).toLocalTime().equals(utc(next).toLocalTime());
        if (sameTime && dayOffset(previous) == dayOffset(next)) {
            return Optional.empty();
        }
        return Optional.of(new UtcShift(previous, next));
    }

    public Cause cause() {
        var rules = start.getZone().getRules();
        boolean wasDaylight = rules.isDaylightSavings(previousStart.toInstant());
        boolean isDaylight = rules.isDaylightSavings(start.toInstant());
        if (wasDaylight != isDaylight) {
            return Cause.DAYLIGHT_SAVING;
        }
        return previousStart.getOffset().equals(start.getOffset()) ? Cause.DST_GAP : Cause.OFFSET_CHANGE;
    }

    /** The previous UTC start as {@code 16:00}, or {@code Sun 23:00} when the UTC day changes too. */
    public String fromUtc() {
        return shown(previousStart);
    }

    public String toUtc() {
        return shown(start);
    }

    /** Returns the shift as a sentence, such as {@code UTC time moves from 16:00 to 15:00 (DST change in America/Los_Angeles)}. */
    public String describe() {
        String zone = start.getZone().getId();
        String reason = switch (cause()) {
            case DAYLIGHT_SAVING -> "DST change in " + zone;
            case OFFSET_CHANGE -> "UTC offset change in " + zone;
            case DST_GAP -> "the previous meeting was moved by a DST gap in " + zone;
        };
        return "UTC time moves from " + fromUtc() + " to " + toUtc() + " (" + reason + ")";
    }

    private String shown(ZonedDateTime time) {
        String clock = utc(time).toLocalTime().toString();
        if (dayOffset(previousStart) == dayOffset(start)) {
            return clock;
        }
        return weekday(utc(time).getDayOfWeek()) + " " + clock;
    }

    private static ZonedDateTime utc(ZonedDateTime time) {
        return time.withZoneSameInstant(ZoneOffset.UTC);
    }

    /** Returns -1, 0 or 1: the UTC date of the start relative to its local date. */
    private static long dayOffset(ZonedDateTime time) {
        return ChronoUnit.DAYS.between(time.toLocalDate(), utc(time).toLocalDate());
    }

    private static String weekday(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
