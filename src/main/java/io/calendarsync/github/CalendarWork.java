package io.calendarsync.github;

import io.calendarsync.backend.TargetSnapshot;
import io.calendarsync.model.Meeting;
import io.calendarsync.plan.Plan;
import io.calendarsync.plan.PlanOptions;
import io.calendarsync.plan.render.ScheduleSummary;
import io.calendarsync.validate.ValidationResult;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The core steps the action drives, in one place so the action's flow reads as a sequence of them:
 * validate a calendar text, turn meetings into the events a target would hold, plan, and describe each
 * meeting's schedule.
 */
public interface CalendarWork {

    /** Validates calendar.yaml text; {@code fileName} is the name problems carry. */
    ValidationResult validate(String text, String fileName, ZoneId defaultZone, Instant now);

    /** What a target that already holds exactly these meetings would return when read. */
    TargetSnapshot snapshotOf(List<Meeting> meetings);

    Plan plan(String targetName, List<Meeting> meetings, TargetSnapshot snapshot, PlanOptions options);

    /** Each meeting's schedule sentence and next occurrences after {@code now}, keyed by event id. */
    Map<String, ScheduleSummary> schedules(List<Meeting> meetings, Instant now);
}
