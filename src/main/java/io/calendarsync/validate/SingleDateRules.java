package io.calendarsync.validate;

import io.calendarsync.config.DatedNoteSpec;
import io.calendarsync.config.MeetingSpec;
import io.calendarsync.model.Meeting;
import io.calendarsync.model.Schedule;
import io.calendarsync.recurrence.MeetingSeries;
import io.calendarsync.recurrence.Occurrence;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks {@code skip} and {@code extra} against the occurrences the schedule makes without them: a skipped
 * date must be one of them and an extra date must not. Both mistakes usually mean a mistyped date or a
 * misread schedule. A skip that matches nothing would be dropped silently by every calendar, and an extra
 * that matches an occurrence adds nothing, so both are errors that name the dates meant to be written.
 */
final class SingleDateRules {

    /** Reports every wrong date of the meeting; returns true when there was one. */
    boolean check(Meeting meeting, MeetingSpec spec, MeetingProblems problems) {
        Schedule schedule = meeting.schedule();
        if (schedule.skipped().isEmpty() && schedule.extra().isEmpty()) {
            return false;
        }
        int errorsBefore = problems.errorCount();
        MeetingSeries rule = MeetingSeries.of(withoutSingleDates(meeting));
        ZoneId zone = meeting.zone();
        for (DatedNoteSpec item : spec.skip()) {
            Optional<LocalDate> day = date(item);
            if (day.isPresent() && occurrenceOn(rule, zone, day.get()).isEmpty()) {
                reportNotAnOccurrence(rule, zone, day.get(), item, problems);
            }
        }
        for (DatedNoteSpec item : spec.extra()) {
            Optional<Occurrence> occurrence = date(item).flatMap(day -> occurrenceOn(rule, zone, day));
            if (occurrence.isPresent()) {
                reportAlreadyAnOccurrence(occurrence.get(), item, problems);
            }
        }
        return problems.errorCount() > errorsBefore;
    }

    private static Meeting withoutSingleDates(Meeting meeting) {
        Schedule schedule = meeting.schedule();
        Schedule rule = new Schedule(schedule.frequency(), schedule.interval(), schedule.until(), schedule.count(),
                List.of(), List.of());
        return new Meeting(meeting.id(), meeting.name(), meeting.date(), meeting.start(), meeting.end(),
                meeting.zone(), rule, meeting.attendees(), meeting.video(), meeting.description(),
                meeting.organizer(), meeting.line());
    }

    /** Returns the item's date. Conversion already reported a bad one, and then this check does not run. */
    private static Optional<LocalDate> date(DatedNoteSpec item) {
        return item.date() == null ? Optional.empty() : Dates.parseQuietly(item.date().text());
    }

    /**
     * Returns the occurrence that starts on {@code day} in the meeting's zone. Comparing local days, not
     * instants, keeps a start that a DST gap moved (02:30 becomes 03:30) on its day.
     */
    private static Optional<Occurrence> occurrenceOn(MeetingSeries rule, ZoneId zone, LocalDate day) {
        return rule.between(day.atStartOfDay(zone).toInstant(),
                day.plusDays(1).atStartOfDay(zone).toInstant()).stream().findFirst();
    }

    private static void reportNotAnOccurrence(MeetingSeries rule, ZoneId zone, LocalDate day, DatedNoteSpec item,
            MeetingProblems problems) {
        Optional<Occurrence> before = rule.lastBefore(day.atStartOfDay(zone).toInstant());
        Optional<Occurrence> after = rule.next(day.plusDays(1).atStartOfDay(zone).toInstant(), 1)
                .stream().findFirst();

        List<LocalDate> nearest = new ArrayList<>();
        before.ifPresent(occurrence -> nearest.add(occurrence.start().toLocalDate()));
        after.ifPresent(occurrence -> nearest.add(occurrence.start().toLocalDate()));
        List<String> nearestDays = nearest.stream().map(OccurrenceTexts::day).toList();
        String message = "skip date " + OccurrenceTexts.day(day) + " is not a day this meeting happens";
        if (after.isEmpty() && before.isPresent()) {
            message += "; the series ends with its meeting on " + nearestDays.get(0);
        } else if (!nearest.isEmpty()) {
            message += "; the nearest meetings are on " + String.join(" and ", nearestDays);
        }
        String fix = nearest.isEmpty()
                ? "remove this date"
                : "skip " + String.join(" or ", nearest.stream().map(Dates::format).toList())
                        + " instead, or remove this date";
        problems.error("skip", item.date().location(), message, fix);
    }

    private static void reportAlreadyAnOccurrence(Occurrence occurrence, DatedNoteSpec item,
            MeetingProblems problems) {
        problems.error("extra", item.date().location(), "extra date " + OccurrenceTexts.day(occurrence.start())
                        + " is already a day this meeting happens (" + OccurrenceTexts.dayAndTimes(occurrence) + ")",
                "remove it: extra adds a meeting on a day the schedule does not have, such as a make-up date");
    }
}
