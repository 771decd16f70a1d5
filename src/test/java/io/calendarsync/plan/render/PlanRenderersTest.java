package io.calendarsync.plan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.calendarsync.backend.TargetEvent;
import io.calendarsync.model.Event;
import io.calendarsync.plan.Change;
import io.calendarsync.plan.ChangeKind;
import io.calendarsync.plan.FieldChange;
import io.calendarsync.plan.Plan;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanRenderersTest {

    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    private final Event event = new Event("kf100", "Release <b>sync</b> @team #12", "", "", LocalDateTime.parse("2025-07-08T08:00"),
            LocalDateTime.parse("2025-07-08T08:55"), LOS_ANGELES, List.of("RRULE:FREQ=WEEKLY;BYDAY=TU"), List.of(), "");
    private final ScheduleSummary schedule = new ScheduleSummary("Weekly on Tuesday, 8:00–8:55 AM America/Los_Angeles",
            List.of(ZonedDateTime.of(LocalDateTime.parse("2025-07-08T08:00"), LOS_ANGELES)));

    @Test
    void textShowsSymbolsScheduleAndTally() {
        String text = new TextPlanRenderer().render(plan(), Map.of("kf100", schedule));

        assertTrue(text.contains("  + kf100 \"Release <b>sync</b> @team #12\" will be created\n"), text);
        assertTrue(text.contains("      schedule: Weekly on Tuesday, 8:00–8:55 AM America/Los_Angeles\n"), text);
        assertTrue(text.contains("      next: Tue 2025-07-08 08:00 America/Los_Angeles (Tue 15:00 UTC)\n"), text);
        assertTrue(text.contains("  - kf099 \"Old call\" will be deleted\n"), text);
        assertTrue(text.contains("Changed outside calendar.yaml (these edits will be overwritten):\n  kf098: summary\n"), text);
        assertTrue(text.endsWith("Plan: 1 to create, 1 to update, 1 to remove, 7 unchanged.\n"), text);
    }

    @Test
    void textSaysNoChangesExplicitly() {
        String text = new TextPlanRenderer().render(new Plan("ics:calendar.ics", List.of(), 35, 35), Map.of());

        assertEquals("No changes. ics:calendar.ics matches calendar.yaml (35 events).\n", text);
    }

    @Test
    void markdownEscapesCalendarText() {
        String markdown = new MarkdownPlanRenderer().render(plan(), Map.of("kf100", schedule));

        assertFalse(markdown.contains("<b>"), markdown);
        assertTrue(markdown.contains("&lt;b&gt;sync&lt;/b&gt;"), markdown);
        assertFalse(markdown.contains("@team"), "a mention would ping the team");
        assertFalse(markdown.contains("#12"), "a reference would link issue 12");
        assertTrue(markdown.contains("#### `+` `kf100`"), markdown);
        assertTrue(markdown.contains("**1 to create, 1 to update, 1 to remove, 7 unchanged.**"), markdown);
    }

    @Test
    void markdownEscapeNeutralizesMarkup() {
        assertEquals("\\[x\\]\\(javascript:alert\\)", MarkdownText.escape("[x](javascript:alert)").replace("\\:", ":"));
        assertEquals("@\u2060here", MarkdownText.escape("@here"));
        assertEquals("line one line two", MarkdownText.escape("line one\nline two"));
    }

    @Test
    void jsonHasStableFields() throws Exception {
        JsonNode root = new ObjectMapper().readTree(new JsonPlanRenderer().render(plan(), Map.of("kf100", schedule)));

        assertEquals(1, root.get("formatVersion").asInt());
        assertEquals(1, root.at("/summary/create").asInt());
        assertEquals(7, root.at("/summary/unchanged").asInt());
        assertEquals("create", root.at("/changes/0/action").asText());
        assertEquals("2025-07-08T15:00:00Z", root.at("/changes/0/nextOccurrences/0/utc").asText());
        assertEquals("update", root.at("/changes/1/action").asText());
        assertTrue(root.at("/changes/1/fields/0/drift").asBoolean());
        assertEquals("delete", root.at("/changes/2/action").asText());
    }

    private Plan plan() {
        Event old = new Event("kf099", "Old call", "", "", LocalDateTime.parse("2025-09-02T08:00"),
                LocalDateTime.parse("2025-09-02T09:00"), LOS_ANGELES, List.of(), List.of(), "");
        Event edited = new Event("kf098", "Renamed", "", "", LocalDateTime.parse("2025-09-02T08:00"),
                LocalDateTime.parse("2025-09-02T09:00"), LOS_ANGELES, List.of(), List.of(), "");
        return new Plan("ics:calendar.ics", List.of(
                new Change(ChangeKind.CREATE, "kf100", Optional.empty(), Optional.empty(), Optional.of(event), List.of(),
                        "new in calendar.yaml"),
                new Change(ChangeKind.UPDATE, "kf098", Optional.empty(), Optional.of(TargetEvent.managed(edited)),
                        Optional.of(edited), List.of(new FieldChange("summary", "Renamed", "Planning", true)),
                        "changed in calendar.yaml"),
                new Change(ChangeKind.DELETE, "kf099", Optional.empty(), Optional.of(TargetEvent.managed(old)),
                        Optional.empty(), List.of(), "gone from calendar.yaml and has not started yet")),
                7, 9);
    }
}
