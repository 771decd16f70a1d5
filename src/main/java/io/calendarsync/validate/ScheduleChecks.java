package io.calendarsync.validate;

import io.calendarsync.config.MeetingSpec;
import io.calendarsync.config.ProblemList;
import io.calendarsync.model.Meeting;
import io.calendarsync.recurrence.MeetingSeries;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks that expand converted meetings into occurrences: skip and extra dates against the schedule
 * (errors), then staleness, copies and video-room clashes (warnings). The warnings look at the horizon of
 * {@link #HORIZON_MONTHS} months from {@link ValidationOptions#now()}.
 */
final class ScheduleChecks {

    static final int HORIZON_MONTHS = 12;

    private final ValidationOptions options;
    private final ProblemList problems;
    ScheduleChecks(ValidationOptions options, ProblemList problems) {
        this.options = options;
        this.problems = problems;
    }

    /**
     * Checks the converted meetings and returns those without errors, in the same order.
     *
     * @param specs every meeting as written, to find the meetings' keys and skip and extra items
     */
    List<Meeting> check(List<MeetingSpec> specs, List<Meeting> meetings) {
        Map<String, MeetingSpec> specsById = specsById(specs);
        SingleDateRules singleDates = new SingleDateRules();
        Instant now = options.now();
        Instant horizon = now.atOffset(ZoneOffset.UTC).plusMonths(HORIZON_MONTHS).toInstant();
        List<Meeting> valid = new ArrayList<>();
        List<MeetingOutlook> outlooks = new ArrayList<>();
        Map<String, MeetingProblems> reports = new HashMap<>();
        for (Meeting meeting : meetings) {
            MeetingSpec spec = specsById.get(meeting.id());
            MeetingProblems report = new MeetingProblems(problems, spec.subject());
            if (singleDates.check(meeting, spec, report)) {
                continue;
            }
            valid.add(meeting);
            outlooks.add(new MeetingOutlook(meeting, spec, MeetingSeries.of(meeting)));
            reports.put(meeting.id(), report);
        }

        StalenessRules staleness = new StalenessRules(now, horizon);
        outlooks.forEach(outlook -> staleness.check(outlook, reports.get(outlook.id())));
        DuplicateMeetings.check(outlooks, reports);
        new RoomConflicts(now, horizon).check(outlooks, reports);
        return valid;
    }

    /** Maps ids to items. A meeting comes from the first item with its id, as later ones are errors. */
    private static Map<String, MeetingSpec> specsById(List<MeetingSpec> specs) {
        Map<String, MeetingSpec> byId = new HashMap<>();
        for (MeetingSpec spec : specs) {
            if (spec.id() != null) {
                byId.putIfAbsent(spec.id().text().strip(), spec);
            }
        }
        return byId;
    }
}
