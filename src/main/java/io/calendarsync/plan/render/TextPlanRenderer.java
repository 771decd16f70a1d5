package io.calendarsync.plan.render;

import io.calendarsync.plan.Change;
import io.calendarsync.plan.FieldChange;
import io.calendarsync.plan.Plan;
import java.time.ZonedDateTime;
import java.util.Map;

/** Renders a plan for a terminal, in the {@code + ~ -} vocabulary of plan/apply tools. */
public final class TextPlanRenderer implements PlanRenderer {

    @Override
    public String render(Plan plan, Map<String, ScheduleSummary> schedules) {
        StringBuilder out = new StringBuilder();
        if (!plan.hasChanges()) {
            return out.append(PlanTexts.noChanges(plan)).append('\n').toString();
        }

        out.append("calendar-sync will make these changes to ").append(plan.target()).append(":\n");

        if (!plan.drifted().isEmpty()) {
            out.append("\nChanged outside calendar.yaml (these edits will be overwritten):\n");
            for (Change change : plan.drifted()) {
                out.append("  ").append(change.eventId()).append(": ");
                out.append(String.join(", ", change.drift().stream().map(FieldChange::field).toList())).append('\n');
            }
        }

        for (Change change : plan.changes()) {
            out.append('\n');
            appendChange(out, change, schedules.get(change.eventId()));
        }

        out.append("\nPlan: ").append(PlanTexts.tally(plan)).append('\n');
        return out.toString();
    }

    private static void appendChange(StringBuilder out, Change change, ScheduleSummary schedule) {
        out.append("  ").append(change.kind().symbol()).append(' ').append(change.eventId())
                .append(" \"").append(PlanTexts.oneLine(change.summary())).append("\" ")
                .append(change.kind().verbPhrase()).append('\n');
        out.append("      reason: ").append(change.reason()).append('\n');

        if (schedule != null && !change.kind().removes()) {
            out.append("      schedule: ").append(schedule.sentence()).append('\n');
            String label = "      next: ";
            for (ZonedDateTime start : schedule.nextStarts()) {
                out.append(label).append(PlanTexts.occurrence(start)).append('\n');
                label = "            ";
            }
        }

        for (FieldChange field : change.fields()) {
            out.append("      ~ ").append(field.field()).append(": ")
                    .append(PlanTexts.oneLine(field.before())).append(" → ").append(PlanTexts.oneLine(field.after()));
            if (field.drift()) {
                out.append("  (edited outside calendar.yaml)");
            }
            out.append('\n');
        }
    }
}
