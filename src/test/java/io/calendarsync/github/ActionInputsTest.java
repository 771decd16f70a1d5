package io.calendarsync.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.calendarsync.model.CalendarSyncException;
import io.calendarsync.plan.RemovalPolicy;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActionInputsTest {

    @Test
    void missingInputsTakeDocumentedDefaults() {
        ActionInputs inputs = ActionInputs.from(Map.of());

        assertEquals("calendar.yaml", inputs.calendarFile());
        assertEquals(ZoneId.of("America/Los_Angeles"), inputs.defaultZone());
        assertEquals(ActionMode.AUTO, inputs.mode());
        assertFalse(inputs.dryRun());
        assertEquals("none", inputs.sendUpdates());
        assertEquals(RemovalPolicy.END, inputs.removal());
        assertFalse(inputs.allowMassRemoval());
        assertTrue(inputs.comment());
        assertEquals("", inputs.githubToken());
    }

    @Test
    void inputsAreReadWithHyphensKept() {
        ActionInputs inputs = ActionInputs.from(Map.of(
                "INPUT_CALENDAR-FILE", " team/calendar.yaml ",
                "INPUT_DRY-RUN", "true",
                "INPUT_ALLOW-MASS-REMOVAL", "true",
                "INPUT_MODE", "plan",
                "INPUT_REMOVAL", "delete",
                "INPUT_SEND-UPDATES", "external-only",
                "INPUT_COMMENT", "false"));

        assertEquals("team/calendar.yaml", inputs.calendarFile());
        assertTrue(inputs.dryRun());
        assertTrue(inputs.allowMassRemoval());
        assertEquals(ActionMode.PLAN, inputs.mode());
        assertEquals(RemovalPolicy.DELETE, inputs.removal());
        assertEquals("external-only", inputs.sendUpdates());
        assertFalse(inputs.comment());
    }

    @Test
    void emptyInputMeansDefault() {
        ActionInputs inputs = ActionInputs.from(Map.of("INPUT_CALENDAR-FILE", "", "INPUT_COMMENT", " "));

        assertEquals("calendar.yaml", inputs.calendarFile());
        assertTrue(inputs.comment());
    }

    @Test
    void booleansAreStrict() {
        for (String value : new String[] {"yes", "True", "1", "on"}) {
            CalendarSyncException error = assertThrows(CalendarSyncException.class,
                    () -> ActionInputs.from(Map.of("INPUT_DRY-RUN", value)));
            assertEquals(CalendarSyncException.Kind.USAGE, error.kind());
            assertEquals("input 'dry-run': '" + value + "' is not a boolean; write true or false", error.getMessage());
        }
    }

    @Test
    void badChoicesNameTheInput() {
        CalendarSyncException mode = assertThrows(CalendarSyncException.class,
                () -> ActionInputs.from(Map.of("INPUT_MODE", "sync")));
        CalendarSyncException removal = assertThrows(CalendarSyncException.class,
                () -> ActionInputs.from(Map.of("INPUT_REMOVAL", "keep")));
        CalendarSyncException updates = assertThrows(CalendarSyncException.class,
                () -> ActionInputs.from(Map.of("INPUT_SEND-UPDATES", "everyone")));
        CalendarSyncException zone = assertThrows(CalendarSyncException.class,
                () -> ActionInputs.from(Map.of("INPUT_DEFAULT-TIMEZONE", "PST")));

        assertTrue(mode.getMessage().startsWith("input 'mode': 'sync'"), mode.getMessage());
        assertTrue(removal.getMessage().startsWith("input 'removal': 'keep'"), removal.getMessage());
        assertTrue(updates.getMessage().startsWith("input 'send-updates': 'everyone'"), updates.getMessage());
        assertTrue(zone.getMessage().startsWith("input 'default-timezone': 'PST' is not an IANA"), zone.getMessage());
    }

    @Test
    void toStringHidesSecrets() {
        ActionInputs inputs = ActionInputs.from(Map.of(
                "INPUT_CREDENTIALS", "{\"refresh_token\":\"canary-refresh\"}",
                "INPUT_ACCESS-TOKEN", "canary-access",
                "INPUT_GITHUB-TOKEN", "canary-github"));

        String text = inputs.toString();

        assertFalse(text.contains("canary"), text);
        assertTrue(text.contains("credentials=***"), text);
    }
}
