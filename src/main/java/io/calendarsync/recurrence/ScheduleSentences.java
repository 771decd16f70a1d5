package io.calendarsync.recurrence;

import io.calendarsync.model.DatedNote;
import io.calendarsync.model.Meeting;
import io.calendarsync.model.Schedule;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * A meeting's schedule as one English sentence for plans, such as
 * {@code Every 2 weeks on Tuesday, 8:00–8:55 AM America/Los_Angeles, from 2025-04-15 until 2025-06-24}.
 * It is written from the meeting, not from the RRULE, so a reader can check the two against each other.
 */
public final class ScheduleSentences {

    private ScheduleSentences() {
    }

    public static String describe(Meeting meeting) {
        Schedule schedule = meeting.schedule();
        StringBuilder sentence = new StringBuilder(pattern(meeting));

        sentence.append(", ").append(timeRange(meeting.start(), meeting.end()))
                .append(' ').append(meeting.zone().getId());
        if (meeting.endsNextDay()) {
            sentence.append(" (ends the next day)");
        }

        if (schedule.repeats()) {
            sentence.append(", from ").append(meeting.date());
            schedule.until().ifPresent(until -> sentence.append(" until ").append(until));
            schedule.count().ifPresent(count -> sentence.append(", ").append(count).append(count == 1 ? " time" : " times"));
        }
        if (!schedule.skipped().isEmpty()) {
            sentence.append(", except ").append(dates(schedule.skipped()));
        }
        if (!schedule.extra().isEmpty()) {
            sentence.append(", plus ").append(dates(schedule.extra()));
        }
        return sentence.toString();
    }

    /** Returns the repeating part, such as "Weekly on Tuesday" or "Once on Tuesday 2025-04-15". */
    private static String pattern(Meeting meeting) {
        LocalDate date = meeting.date();
        int interval = meeting.schedule().interval();
        String weekday = weekday(date.getDayOfWeek());
        return switch (meeting.schedule().frequency()) {
            case ONCE -> "Once on " + weekday + " " + date;
            case DAILY -> interval == 1 ? "Daily" : "Every " + interval + " days";
            case WEEKDAYS -> interval == 1 ? "Every weekday" : "Every " + interval + " weeks on weekdays";
            case WEEKLY -> every(interval, "Weekly", "weeks") + " on " + weekday;
            case MONTHLY_NTH -> every(interval, "Monthly", "months") + " on the "
                    + ordinal(Rrules.weekOfMonth(date)) + " " + weekday;
            case MONTHLY_LAST -> every(interval, "Monthly", "months") + " on the last " + weekday;
            case MONTHLY_ON_DAY -> every(interval, "Monthly", "months") + " on day " + date.getDayOfMonth();
            case YEARLY -> every(interval, "Yearly", "years") + " on " + monthDay(date);
        };
    }

    private static String every(int interval, String once, String unit) {
        return interval == 1 ? once : "Every " + interval + " " + unit;
    }

    private static String monthDay(LocalDate date) {
        String text = date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.getDayOfMonth();
        if (date.getMonth() == Month.FEBRUARY && date.getDayOfMonth() == 29) {
            // RFC 5545 skips the years in which the date does not exist.
            text += " (only in leap years)";
        }
        return text;
    }

    /** "8:00–8:55 AM" when both ends share AM or PM, else "11:30 AM–12:30 PM". */
    static String timeRange(LocalTime start, LocalTime end) {
        String startMeridiem = meridiem(start);
        String endMeridiem = meridiem(end);
        if (startMeridiem.equals(endMeridiem) && !end.isBefore(start)) {
            return clock(start) + "–" + clock(end) + " " + endMeridiem;
        }
        return clock(start) + " " + startMeridiem + "–" + clock(end) + " " + endMeridiem;
    }

    private static String clock(LocalTime time) {
        int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        // Plain concatenation: a plan describes every created meeting, and Formatter is slow at that count.
        int minute = time.getMinute();
        return hour + (minute < 10 ? ":0" : ":") + minute;
    }

    private static String meridiem(LocalTime time) {
        return time.getHour() < 12 ? "AM" : "PM";
    }

    private static String weekday(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    static String ordinal(int n) {
        String suffix = switch (n % 100) {
            case 11, 12, 13 -> "th";
            default -> switch (n % 10) {
                case 1 -> "st";
                case 2 -> "nd";
                case 3 -> "rd";
                default -> "th";
            };
        };
        return n + suffix;
    }

    /** "2025-07-01 (holiday), 2025-07-08 and 2025-07-15", in date order. */
    private static String dates(List<DatedNote> notes) {
        List<String> texts = notes.stream()
                .sorted((a, b) -> a.date().compareTo(b.date()))
                .map(note -> note.reason().isBlank() ? note.date().toString() : note.date() + " (" + note.reason().strip() + ")")
                .toList();
        if (texts.size() == 1) {
            return texts.get(0);
        }
        return String.join(", ", texts.subList(0, texts.size() - 1)) + " and " + texts.get(texts.size() - 1);
    }
}
