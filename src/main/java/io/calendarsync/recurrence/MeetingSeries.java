package io.calendarsync.recurrence;

import io.calendarsync.model.DatedNote;
import io.calendarsync.model.Meeting;
import io.calendarsync.model.Schedule;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The occurrences of a meeting, computed from its {@link Schedule} with java.time rather than by expanding
 * the RRULE that {@link EventMapper} writes for it. Validation and the plan ask for the occurrences of
 * every meeting in the file. With ical4j 4.2.2, whose BYDAY expansion runs a parallel stream for every
 * candidate day, that expansion took about half the CPU time of planning 10,000 meetings. Here a query
 * jumps straight to the period it needs, and an occurrence costs one zone lookup.
 *
 * <p>The results are the same as those of {@link Occurrences} for the meeting's event: the first date
 * always happens, {@code count} counts from it, {@code until} is inclusive in the meeting's zone, a
 * skipped date removes the occurrence on that day, an extra date adds one at the meeting's time, and a
 * start in a daylight saving gap moves forward by the gap's length. {@code MeetingSeriesAgreementTest}
 * checks both against each other for the samples and for generated schedules. Events read from a
 * target keep going through {@link Occurrences}, since their recurrence lines can be any RFC 5545.
 */
public final class MeetingSeries {

    /** The search limit for a series without end, the same as in {@link Occurrences}. */
    private static final int SEARCH_YEARS = 1000;

    private final ZoneId zone;
    private final LocalTime time;
    private final LocalDate first;
    private final Duration duration;

    /** The schedule's periods, or null for a meeting that happens once. */
    private final Periods periods;

    /** The last day a date of the rule may fall on, or {@link LocalDate#MAX} for a series without end. */
    private final LocalDate lastDay;

    /**
     * The starts of skipped dates. EXDATE removes the occurrence that starts at the same instant, and where a
     * zone skipped a whole day (Pacific/Apia on 2011-12-30) that is the occurrence of the day before too.
     */
    private final Set<Instant> skippedStarts = new HashSet<>();

    /** The first date and the extra dates, without skipped dates. */
    private final NavigableSet<LocalDate> singleDates = new TreeSet<>();

    private MeetingSeries(Meeting meeting) {
        Schedule schedule = meeting.schedule();
        zone = meeting.zone();
        time = meeting.start();
        first = meeting.date();
        ZonedDateTime start = first.atTime(time).atZone(zone);
        LocalDate endDay = meeting.endsNextDay() ? first.plusDays(1) : first;
        duration = Duration.between(start, endDay.atTime(meeting.end()).atZone(zone));
        periods = schedule.repeats() ? new Periods(schedule.frequency(), schedule.interval(), first) : null;

        for (DatedNote note : schedule.skipped()) {
            skippedStarts.add(ZonedDateTime.of(note.date(), time, zone).toInstant());
        }
        addSingleDate(first);
        for (DatedNote note : schedule.extra()) {
            addSingleDate(note.date());
        }
        lastDay = lastDay(schedule);
    }

    public static MeetingSeries of(Meeting meeting) {
        return new MeetingSeries(meeting);
    }

    /** Returns the occurrences that start at or after {@code from} and before {@code to}, in time order. */
    public List<Occurrence> between(Instant from, Instant to) {
        if (!from.isBefore(to)) {
            return List.of();
        }
        // A day of margin on both sides covers the zone's offset and a start moved by a daylight saving gap.
        LocalDate fromDay = LocalDate.ofInstant(from, zone).minusDays(1);
        LocalDate toDay = LocalDate.ofInstant(to, zone).plusDays(1);

        List<Occurrence> found = new ArrayList<>();
        for (LocalDate day : ruleDates(fromDay, toDay, Integer.MAX_VALUE)) {
            add(found, day, from, to);
        }
        return withSingleDates(found, singleDates.subSet(fromDay, true, toDay, true), from, to, Integer.MAX_VALUE);
    }

    /** Returns up to {@code limit} occurrences that start at or after {@code from}, in time order. */
    public List<Occurrence> next(Instant from, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        LocalDate fromDay = LocalDate.ofInstant(from, zone).minusDays(1);
        LocalDate searchEnd = fromDay.plusYears(SEARCH_YEARS);

        // The margin day and the day of from can hold two occurrences that start before from, and a day the
        // zone skipped gives a third date whose start repeats the next day's.
        List<Occurrence> found = new ArrayList<>(limit + 3);
        for (LocalDate day : ruleDates(fromDay, searchEnd, limit + 3)) {
            add(found, day, from, Instant.MAX);
        }
        return withSingleDates(found, singleDates.tailSet(fromDay, true), from, Instant.MAX, limit);
    }

    /**
     * Merges the occurrences of the rule, in time order, with those of {@code days} (the first date and
     * extra dates) that start in {@code [from, to)}, and returns the first {@code limit}. An extra date on a
     * day of the rule counts once. Without single dates, the common case, no map is built.
     */
    private List<Occurrence> withSingleDates(List<Occurrence> ruleOccurrences, NavigableSet<LocalDate> days,
            Instant from, Instant to, int limit) {
        if (days.isEmpty()) {
            return firstOf(ruleOccurrences, limit);
        }

        TreeMap<Instant, Occurrence> merged = new TreeMap<>();
        for (Occurrence occurrence : ruleOccurrences) {
            merged.put(occurrence.start().toInstant(), occurrence);
        }
        int singles = 0;
        for (LocalDate day : days) {
            if (singles == limit) {
                break;
            }
            Occurrence occurrence = occurrence(day);
            Instant start = occurrence.start().toInstant();
            if (!start.isBefore(from) && start.isBefore(to)) {
                merged.put(start, occurrence);
                singles++;
            }
        }
        return firstOf(new ArrayList<>(merged.values()), limit);
    }

    private static List<Occurrence> firstOf(List<Occurrence> occurrences, int limit) {
        List<Occurrence> first = occurrences.size() > limit ? occurrences.subList(0, limit) : occurrences;
        return Collections.unmodifiableList(first);
    }

    /** Returns the last occurrence that starts strictly before {@code instant}. */
    public Optional<Occurrence> lastBefore(Instant instant) {
        LocalDate upper = LocalDate.ofInstant(instant, zone).plusDays(1);
        Optional<Occurrence> fromRule = lastRuleOccurrenceBefore(instant, upper);
        Optional<Occurrence> single = Optional.empty();
        for (LocalDate day : singleDates.headSet(upper, true).descendingSet()) {
            Occurrence occurrence = occurrence(day);
            if (occurrence.start().toInstant().isBefore(instant)) {
                single = Optional.of(occurrence);
                break;
            }
        }
        if (fromRule.isEmpty()) {
            return single;
        }
        if (single.isEmpty()) {
            return fromRule;
        }
        return fromRule.get().start().isAfter(single.get().start()) ? fromRule : single;
    }

    private Optional<Occurrence> lastRuleOccurrenceBefore(Instant instant, LocalDate upper) {
        if (periods == null) {
            return Optional.empty();
        }
        LocalDate last = upper.isAfter(lastDay) ? lastDay : upper;
        if (last.isBefore(first)) {
            return Optional.empty();
        }
        for (long period = periods.periodOf(last); period >= 0; period--) {
            List<LocalDate> days = periods.datesIn(period);
            for (int i = days.size() - 1; i >= 0; i--) {
                LocalDate day = days.get(i);
                if (day.isAfter(last) || !day.isAfter(first) || isSkipped(day)) {
                    continue;
                }
                Occurrence occurrence = occurrence(day);
                if (occurrence.start().toInstant().isBefore(instant)) {
                    return Optional.of(occurrence);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Returns up to {@code limit} dates of the rule after the first date, from {@code fromDay} to
     * {@code toDay} inclusive, without skipped dates, in ascending order. The first date itself is one of
     * {@link #singleDates}.
     */
    private List<LocalDate> ruleDates(LocalDate fromDay, LocalDate toDay, int limit) {
        List<LocalDate> days = new ArrayList<>();
        if (periods == null) {
            return days;
        }
        LocalDate low = fromDay.isAfter(first) ? fromDay : first;
        LocalDate high = toDay.isBefore(lastDay) ? toDay : lastDay;
        if (high.isBefore(low)) {
            return days;
        }
        long lastPeriod = periods.periodOf(high);
        for (long period = periods.periodOf(low); period <= lastPeriod && days.size() < limit; period++) {
            for (LocalDate day : periods.datesIn(period)) {
                boolean inRange = !day.isBefore(low) && !day.isAfter(high) && day.isAfter(first);
                if (inRange && days.size() < limit && !isSkipped(day)) {
                    days.add(day);
                }
            }
        }
        return days;
    }

    /**
     * Returns the last day the rule reaches: {@code until}, or the day of the count-th date. The first date
     * counts, and skipped dates count too, because COUNT counts before EXDATE removes anything.
     */
    private LocalDate lastDay(Schedule schedule) {
        if (periods == null) {
            return first;
        }
        if (schedule.until().isPresent()) {
            // UNTIL is the last second of the day, which is the day before when the zone skipped the day.
            return LocalDate.ofInstant(Rrules.endOfDay(schedule.until().get(), zone), zone);
        }
        if (schedule.count().isEmpty()) {
            return LocalDate.MAX;
        }
        int remaining = schedule.count().get() - 1;
        LocalDate last = first;
        // Every period of a valid schedule has a date, and February 29 comes back within 8 years. So the
        // bound only stops a schedule that never repeats.
        long periodBound = 8L * (remaining + 1) + 100;
        for (long period = 0; remaining > 0 && period < periodBound; period++) {
            for (LocalDate day : periods.datesIn(period)) {
                if (day.isAfter(first) && remaining > 0) {
                    last = day;
                    remaining--;
                }
            }
        }
        return last;
    }

    private void addSingleDate(LocalDate day) {
        if (!isSkipped(day)) {
            singleDates.add(day);
        }
    }

    private boolean isSkipped(LocalDate day) {
        return !skippedStarts.isEmpty() && skippedStarts.contains(ZonedDateTime.of(day, time, zone).toInstant());
    }

    /**
     * Appends the occurrence on {@code day} when it starts in {@code [from, to)}. A date the zone skipped
     * starts at the same instant as the next day's occurrence, which counts once.
     */
    private void add(List<Occurrence> found, LocalDate day, Instant from, Instant to) {
        Occurrence occurrence = occurrence(day);
        Instant start = occurrence.start().toInstant();
        boolean repeated = !found.isEmpty() && found.get(found.size() - 1).start().toInstant().equals(start);
        if (!start.isBefore(from) && start.isBefore(to) && !repeated) {
            found.add(occurrence);
        }
    }

    private Occurrence occurrence(LocalDate day) {
        ZonedDateTime start = ZonedDateTime.of(day, time, zone);
        return new Occurrence(start, start.plus(duration));
    }
}
