package io.calendarsync.plan.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.calendarsync.plan.Change;
import io.calendarsync.plan.FieldChange;
import io.calendarsync.plan.Plan;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a plan as JSON for programs. The layout is versioned by {@code formatVersion} and documented in
 * the README; fields are only ever added within one version.
 */
public final class JsonPlanRenderer implements PlanRenderer {

    static final int FORMAT_VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String render(Plan plan, Map<String, ScheduleSummary> schedules) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("target", plan.target());
        root.put("hasChanges", plan.hasChanges());
        root.put("summary", summary(plan));

        List<Object> changes = new ArrayList<>();
        for (Change change : plan.changes()) {
            changes.add(change(change, schedules.get(change.eventId())));
        }
        root.put("changes", changes);

        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a plan of plain strings and numbers failed to serialize", e);
        }
    }

    private static Map<String, Object> summary(Plan plan) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("create", plan.created());
        summary.put("update", plan.updated());
        summary.put("remove", plan.removed());
        summary.put("unchanged", plan.unchanged());
        summary.put("managed", plan.managed());
        summary.put("keptAsHistory", plan.keptAsHistory());
        return summary;
    }

    private static Map<String, Object> change(Change change, ScheduleSummary schedule) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("action", change.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        node.put("eventId", change.eventId());
        node.put("summary", change.summary());
        node.put("reason", change.reason());
        if (schedule != null && !change.kind().removes()) {
            node.put("schedule", schedule.sentence());
            node.put("nextOccurrences", schedule.nextStarts().stream().map(JsonPlanRenderer::occurrence).toList());
        }

        List<Object> fields = new ArrayList<>();
        for (FieldChange field : change.fields()) {
            Map<String, Object> fieldNode = new LinkedHashMap<>();
            fieldNode.put("field", field.field());
            fieldNode.put("before", field.before());
            fieldNode.put("after", field.after());
            fieldNode.put("drift", field.drift());
            fields.add(fieldNode);
        }
        node.put("fields", fields);
        return node;
    }

    private static Map<String, String> occurrence(ZonedDateTime start) {
        Map<String, String> node = new LinkedHashMap<>();
        node.put("local", start.toLocalDateTime().toString());
        node.put("timeZone", start.getZone().getId());
        node.put("utc", DateTimeFormatter.ISO_INSTANT.format(start.withZoneSameInstant(ZoneOffset.UTC)));
        return node;
    }
}
