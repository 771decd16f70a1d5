package io.calendarsync.model;

/** How often a meeting repeats, as the {@code frequency} key of calendar.yaml names it. */
public enum Frequency {
    /** No {@code frequency} key: the meeting happens once. */
    ONCE,
    DAILY,
    /** Monday to Friday. */
    WEEKDAYS,
    /** Every N weeks on the weekday of {@code date}; {@link Schedule#interval()} is N. */
    WEEKLY,
    /** The nth weekday of each month, n taken from {@code date} ({@code monthly}). */
    MONTHLY_NTH,
    /** The last such weekday of each month ({@code monthly-last}). */
    MONTHLY_LAST,
    /** The same day number each month ({@code monthly-on-day}). */
    MONTHLY_ON_DAY,
    YEARLY
}
