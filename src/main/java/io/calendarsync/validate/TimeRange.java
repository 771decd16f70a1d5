package io.calendarsync.validate;

import java.time.Duration;
import java.time.LocalTime;

/** The start and end of a meeting on its local clock; an end before the start is on the next day. */
record TimeRange(LocalTime start, LocalTime end) {

    Duration length() {
        Duration sameDay = Duration.between(start, end);
        return sameDay.isNegative() ? sameDay.plusDays(1) : sameDay;
    }

    /** Returns true when the meeting runs past midnight; ending exactly at midnight does not count. */
    boolean crossesMidnight() {
        return end.isBefore(start) && !end.equals(LocalTime.MIDNIGHT);
    }
}
