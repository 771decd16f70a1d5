package io.calendarsync.validate;

import java.time.Duration;
import java.time.LocalTime;

/** Formats times and durations the way calendar.yaml writes them, for messages and suggested fixes. */
final class ClockTimes {

    private ClockTimes() {
    }

    /** Returns the time as calendar.yaml writes it: {@code 5:30PM}, or {@code 17:30} on the 24-hour clock. */
    static String format(LocalTime time, boolean twelveHour) {
        // Not String.format, whose first call in a run loads the JDK's locale data.
        StringBuilder text = new StringBuilder(7);
        if (!twelveHour) {
            text.append(time.getHour()).append(':');
            return Dates.appendPadded(text, time.getMinute(), 2).toString();
        }
        int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        text.append(hour).append(':');
        return Dates.appendPadded(text, time.getMinute(), 2).append(time.getHour() < 12 ? "AM" : "PM").toString();
    }

    static String range(LocalTime start, LocalTime end, boolean twelveHour) {
        return format(start, twelveHour) + "-" + format(end, twelveHour);
    }

    /** Returns a readable length such as {@code 12 h 30 min}. */
    static String duration(Duration duration) {
        long hours = duration.toHours();
        int minutes = duration.toMinutesPart();
        if (hours == 0) {
            return minutes + " min";
        }
        return minutes == 0 ? hours + " h" : hours + " h " + minutes + " min";
    }
}
