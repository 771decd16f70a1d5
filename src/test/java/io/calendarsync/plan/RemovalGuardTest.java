package io.calendarsync.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.calendarsync.backend.TargetEvent;
import io.calendarsync.model.Event;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RemovalGuardTest {

    private static Plan removing(int removals, int managed) {
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < removals; i++) {
            Event event = new Event("kf" + (100 + i), "Meeting", "", "", LocalDateTime.of(2030, 1, 1, 9, 0),
                    LocalDateTime.of(2030, 1, 1, 10, 0), ZoneId.of("UTC"), List.of(), List.of(), "");
            changes.add(new Change(ChangeKind.DELETE, event.id(), Optional.empty(), Optional.of(TargetEvent.managed(event)),
                    Optional.empty(), List.of(), "gone from calendar.yaml"));
        }
        return new Plan("ics:calendar.ics", changes, managed - removals, managed);
    }

    @Test
    void threeRemovalsAlwaysPass() {
        RemovalGuard.Verdict verdict = RemovalGuard.check(removing(3, 4), false);

        assertTrue(verdict.allowed());
        assertEquals("", verdict.message());
    }

    @Test
    void quarterOfManagedPasses() {
        assertTrue(RemovalGuard.check(removing(5, 20), false).allowed());
    }

    @Test
    void moreThanQuarterAndThreeRefused() {
        RemovalGuard.Verdict verdict = RemovalGuard.check(removing(6, 20), false);

        assertFalse(verdict.allowed());
        assertTrue(verdict.message().contains("removes 6 of 20 managed events (30 %)"), verdict.message());
        assertTrue(verdict.message().contains("--allow-mass-removal"), verdict.message());
    }

    @Test
    void emptiedCalendarRefused() {
        RemovalGuard.Verdict verdict = RemovalGuard.check(removing(35, 35), false);

        assertFalse(verdict.allowed());
        assertTrue(verdict.message().contains("(100 %)"), verdict.message());
    }

    @Test
    void emptiedCalendarRefusedBelowThresholds() {
        Plan emptied = new Plan("ics:calendar.ics", removing(2, 40).changes(), 0, 40);

        RemovalGuard.Verdict verdict = RemovalGuard.check(emptied, false);

        assertFalse(verdict.allowed());
        assertTrue(verdict.message().startsWith("Apply refused: calendar.yaml has no meetings"), verdict.message());
        assertTrue(verdict.message().contains("--allow-mass-removal"), verdict.message());
    }

    @Test
    void flagAllowsWithNote() {
        RemovalGuard.Verdict verdict = RemovalGuard.check(removing(35, 35), true);

        assertTrue(verdict.allowed());
        assertTrue(verdict.message().contains("allowed by --allow-mass-removal"), verdict.message());
    }

    @Test
    void noManagedEventsStillGuarded() {
        assertFalse(RemovalGuard.check(removing(4, 0), false).allowed());
    }
}
