package io.calendarsync.plan.render;

import io.calendarsync.plan.Change;
import io.calendarsync.plan.FieldChange;
import io.calendarsync.plan.Plan;
import java.time.ZonedDateTime;
import java.util.Map;

/**
 * Renders a plan as GitHub-flavoured Markdown for pull-request comments and job summaries. Every piece of
 * text that comes from calendar.yaml or the target goes through {@link MarkdownText#escape}.
 */
public final class MarkdownPlanRenderer implements PlanRenderer {

    @Override
    public String render(Plan plan, Map<String, ScheduleSummary> schedules) {
        StringBuilder out = new StringBuilder();
        out.append("### Calendar plan for ").append(MarkdownText.code(plan.target())).append("\n\n");
        if (!plan.hasChanges()) {
            return out.append(MarkdownText.escape(PlanTexts.noChanges(plan))).append('\n').toString();
        }

        out.append("**").append(PlanTexts.tally(plan)).append("**\n");

        if (!plan.drifted().isEmpty()) {
            out.append("\n#### Changed outside calendar.yaml\n\n");
            out.append("These edits were made in the calendar by hand and will be overwritten:\n\n");
            for (Change change : plan.drifted()) {
                out.append("- `").append(change.eventId()).append("`: ");
                out.append(String.join(", ", change.drift().stream().map(FieldChange::field).toList())).append('\n');
            }
        }

        for (Change change : plan.changes()) {
            out.append('\n');
            appendChange(out, change, schedules.get(change.eventId()));
        }
        return out.toString();
    }

    private static void appendChange(StringBuilder out, Change change, ScheduleSummary schedule) {
        out.append("#### `").append(change.kind().symbol()).append("` `").append(change.eventId()).append("` ")
                .append(MarkdownText.escape(PlanTexts.oneLine(change.summary()))).append(" ")
                .append(change.kind().verbPhrase()).append("\n\n");
        out.append(MarkdownText.escape(change.reason())).append("\n");

        if (schedule != null && !change.kind().removes()) {
            out.append("\n").append(MarkdownText.escape(schedule.sentence())).append("\n");
            if (!schedule.nextStarts().isEmpty()) {
                out.append("\nNext occurrences:\n\n");
                for (ZonedDateTime start : schedule.nextStarts()) {
                    out.append("- ").append(MarkdownText.escape(PlanTexts.occurrence(start))).append('\n');
                }
            }
        }

        if (!change.fields().isEmpty()) {
            out.append("\n");
            for (FieldChange field : change.fields()) {
                out.append("- **").append(field.field()).append("**: ")
                        .append(MarkdownText.escape(PlanTexts.oneLine(field.before()))).append(" → ")
                        .append(MarkdownText.escape(PlanTexts.oneLine(field.after())));
                if (field.drift()) {
                    out.append(" _(edited outside calendar.yaml)_");
                }
                out.append('\n');
            }
        }
    }
}
