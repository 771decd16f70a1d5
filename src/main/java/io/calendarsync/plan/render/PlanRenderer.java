package io.calendarsync.plan.render;

import io.calendarsync.plan.Plan;
import java.util.Map;

/** Turns a plan into text for people or programs. {@code schedules} is keyed by event id. */
public interface PlanRenderer {

    String render(Plan plan, Map<String, ScheduleSummary> schedules);

    /** Returns the renderer for {@code text}, {@code markdown} or {@code json}. */
    static PlanRenderer forFormat(String format) {
        return switch (format) {
            case "text" -> new TextPlanRenderer();
            case "markdown" -> new MarkdownPlanRenderer();
            case "json" -> new JsonPlanRenderer();
            default -> throw new IllegalArgumentException("unknown plan format: " + format);
        };
    }
}
