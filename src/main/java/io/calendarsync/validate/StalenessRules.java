package io.calendarsync.validate;

import io.calendarsync.config.ScalarSpec;
import io.calendarsync.config.SourceLocation;
import io.calendarsync.model.Meeting;
import io.calendarsync.model.Schedule;
import io.calendarsync.recurrence.Occurrence;
import io.calendarsync.recurrence.MeetingSeries;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Warns about meetings that no longer do anything or soon will not: a series that is over, one that ends
 * within {@link #ENDS_SOON}, and a meeting with no occurrence before the horizon. Each meeting gets at
 * most one of these warnings.
 */
final class StalenessRules {

    static final Duration ENDS_SOON = Duration.ofDays(14);

    /** The fix for an ended meeting, with the reason removing it is safe under the default removal policy. */
    private static final String REMOVE_SERIES = "remove it from calendar.yaml, which is safe now: apply keeps a"
            + " finished series in the calendar as it is (unless --removal delete)";
    private static final String REMOVE_ONE_OFF = "remove it from calendar.yaml: apply keeps past one-off events in"
            + " the calendar (unless --removal delete)";

    private final Instant now;
    private final Instant horizon;

    StalenessRules(Instant now, Instant horizon) {
        this.now = now;
        this.horizon = horizon;
    }

    void check(MeetingOutlook outlook, MeetingProblems problems) {
        Optional<Occurrence> next = first(outlook.series(), now);
        if (next.isEmpty()) {
            reportEnded(outlook, problems);
        } else if (!next.get().start().toInstant().isBefore(horizon)) {
            reportNothingWithinHorizon(outlook, next.get(), problems);
        } else {
            checkEndsSoon(outlook, problems);
        }
    }

    private static Optional<Occurrence> first(MeetingSeries series, Instant from) {
        List<Occurrence> next = series.next(from, 1);
        return next.isEmpty() ? Optional.empty() : Optional.of(next.get(0));
    }

    private void reportEnded(MeetingOutlook outlook, MeetingProblems problems) {
        Meeting meeting = outlook.meeting();
        Schedule schedule = meeting.schedule();
        Optional<Occurrence> last = outlook.series().lastBefore(now);
        if (last.isEmpty() && !schedule.skipped().isEmpty()) {
            // No occurrence before now and none after it: skip has removed every one.
            problems.error("skip", outlook.spec().keyLocation("skip"), "skip lists every meeting of the series, so"
                    + " it never happens", "remove the meeting from calendar.yaml, or keep at least one of its dates"
                    + " out of skip");
            return;
        }
        String lastDay = last.map(occurrence -> OccurrenceTexts.day(occurrence.start())).orElse("(none)");
        if (!schedule.repeats()) {
            problems.warning("date", location(outlook.spec().date(), outlook), "the meeting was on " + lastDay
                    + " and does not happen again", REMOVE_ONE_OFF);
            return;
        }
        if (schedule.until().isPresent()) {
            LocalDate until = schedule.until().get();
            boolean passed = until.isBefore(LocalDate.ofInstant(now, meeting.zone()));
            String state = passed
                    ? "until " + Dates.format(until) + " has passed"
                    : "no meeting is left before until " + Dates.format(until);
            problems.warning("until", location(outlook.spec().until(), outlook), state
                    + ", so the series is over; its last meeting was on " + lastDay, REMOVE_SERIES);
            return;
        }
        String field = schedule.count().isPresent() ? "count" : "frequency";
        ScalarSpec value = schedule.count().isPresent() ? outlook.spec().count() : outlook.spec().frequency();
        problems.warning(field, location(value, outlook), "the series is over: its last meeting was on " + lastDay
                + schedule.count().map(count -> " (count: " + count + ")").orElse(""), REMOVE_SERIES);
    }

    private void reportNothingWithinHorizon(MeetingOutlook outlook, Occurrence next, MeetingProblems problems) {
        Meeting meeting = outlook.meeting();
        boolean first = next.start().toLocalDate().equals(meeting.date());
        if (first) {
            problems.warning("date", location(outlook.spec().date(), outlook), "the first meeting is on "
                    + OccurrenceTexts.day(next.start()) + ", more than 12 months from now", "check the year of date");
            return;
        }
        problems.warning("frequency", location(outlook.spec().frequency(), outlook), "the meeting has no occurrence"
                + " in the next 12 months; the next one is on " + OccurrenceTexts.day(next.start()),
                "check frequency and skip; if the meeting has stopped, remove it or set until");
    }

    /** Warns about a finite series whose last occurrence starts within {@link #ENDS_SOON} from now. */
    private void checkEndsSoon(MeetingOutlook outlook, MeetingProblems problems) {
        Schedule schedule = outlook.meeting().schedule();
        boolean finite = schedule.until().isPresent() || schedule.count().isPresent();
        Instant soon = now.plus(ENDS_SOON);
        if (!schedule.repeats() || !finite || first(outlook.series(), soon).isPresent()) {
            return;
        }
        String lastDay = outlook.series().lastBefore(soon)
                .map(occurrence -> OccurrenceTexts.day(occurrence.start()))
                .orElseThrow();
        if (schedule.until().isPresent()) {
            problems.warning("until", location(outlook.spec().until(), outlook), "the series ends soon: its last"
                    + " meeting is on " + lastDay + " (until " + Dates.format(schedule.until().get()) + ")",
                    "if the meeting goes on, move until later; if not, nothing needs to change");
            return;
        }
        problems.warning("count", location(outlook.spec().count(), outlook), "the series ends soon: its last"
                + " meeting is on " + lastDay + " (count: " + schedule.count().orElseThrow() + ")",
                "if the meeting goes on, raise count or replace it with until");
    }

    /** Returns the value's location, or the meeting's when the key is absent. */
    private static SourceLocation location(ScalarSpec value, MeetingOutlook outlook) {
        return value == null ? outlook.spec().location() : value.location();
    }
}
