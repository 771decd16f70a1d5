package io.calendarsync.testing;

import io.calendarsync.model.DatedNote;
import io.calendarsync.model.Meeting;
import io.calendarsync.model.Schedule;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.TreeSet;

/**
 * The occurrences a meeting means, computed day by day with plain java.time from the meeting's own
 * fields. It is a third reading of the schedule, independent of both RFC 5545 libraries.
 */
public final class ExpectedOccurrences {

    private ExpectedOccurrences() {
    }

    /** Returns the start instants in {@code [from, to)}. */
    public static TreeSet<Instant> between(Meeting meeting, Instant from, Instant to) {
        Schedule schedule = meeting.schedule();
        TreeSet<LocalDate> days = new TreeSet<>();
        LocalDate last = to.atZone(meeting.zone()).toLocalDate().plusDays(1);
        int generated = 0;
        for (LocalDate day = meeting.date(); !day.isAfter(last); day = day.plusDays(1)) {
            if (schedule.until().isPresent() && day.isAfter(schedule.until().get())) {
                break;
            }
            if (schedule.count().isPresent() && generated >= schedule.count().get()) {
                break;
            }
            if (day.equals(meeting.date()) || matches(meeting, day)) {
                days.add(day);
                generated++;
            }
            if (!schedule.repeats()) {
                break;
            }
        }
        // In RFC 5545, COUNT counts the generated instances and EXDATE removes from them afterwards.
        schedule.skipped().stream().map(DatedNote::date).forEach(days::remove);
        schedule.extra().stream().map(DatedNote::date).forEach(days::add);

        TreeSet<Instant> starts = new TreeSet<>();
        for (LocalDate day : days) {
            Instant start = day.atTime(meeting.start()).atZone(meeting.zone()).toInstant();
            if (!start.isBefore(from) && start.isBefore(to)) {
                starts.add(start);
            }
        }
        return starts;
    }

    /** Returns whether a day after the first one is an occurrence of the meeting's rule. */
    public static boolean matches(Meeting meeting, LocalDate day) {
        LocalDate first = meeting.date();
        int interval = meeting.schedule().interval();
        DayOfWeek weekday = first.getDayOfWeek();
        return switch (meeting.schedule().frequency()) {
            case ONCE -> false;
            case DAILY -> ChronoUnit.DAYS.between(first, day) % interval == 0;
            case WEEKDAYS -> day.getDayOfWeek().getValue() <= 5
                    && ChronoUnit.WEEKS.between(mondayOf(first), mondayOf(day)) % interval == 0;
            case WEEKLY -> day.getDayOfWeek() == weekday && ChronoUnit.WEEKS.between(first, day) % interval == 0;
            case MONTHLY_NTH -> day.getDayOfWeek() == weekday
                    && weekOfMonth(day) == weekOfMonth(first) && monthsApart(first, day) % interval == 0;
            case MONTHLY_LAST -> day.getDayOfWeek() == weekday
                    && day.plusDays(7).getMonth() != day.getMonth() && monthsApart(first, day) % interval == 0;
            case MONTHLY_ON_DAY -> day.getDayOfMonth() == first.getDayOfMonth() && monthsApart(first, day) % interval == 0;
            case YEARLY -> day.getMonth() == first.getMonth() && day.getDayOfMonth() == first.getDayOfMonth()
                    && (day.getYear() - first.getYear()) % interval == 0;
        };
    }

    public static int weekOfMonth(LocalDate day) {
        return (day.getDayOfMonth() - 1) / 7 + 1;
    }

    private static long monthsApart(LocalDate first, LocalDate day) {
        return (day.getYear() - first.getYear()) * 12L + day.getMonthValue() - first.getMonthValue();
    }

    private static LocalDate mondayOf(LocalDate day) {
        return day.minusDays(day.getDayOfWeek().getValue() - 1);
    }
}
