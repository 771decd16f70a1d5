package io.calendarsync.plan;

import io.calendarsync.backend.TargetEvent;
import io.calendarsync.model.Event;
import java.util.ArrayList;
import java.util.List;

/** Field-by-field comparison of a target's event with the desired one. */
final class FieldChanges {

    private FieldChanges() {
    }

    static List<FieldChange> between(TargetEvent current, Event desired) {
        List<FieldChange> changes = new ArrayList<>();
        for (EventField field : EventField.values()) {
            if (field.differs(current.event(), desired)) {
                changes.add(new FieldChange(field.key(), field.display(current.event()), field.display(desired),
                        drifted(current, field)));
            }
        }
        return changes;
    }

    /**
     * Returns whether someone edited the field outside calendar.yaml: the target stores the hash of what
     * calendar-sync last wrote, and the value it contains now hashes differently.
     */
    private static boolean drifted(TargetEvent current, EventField field) {
        String applied = current.appliedHashes().get(field.key());
        return applied != null && !applied.equals(field.hash(current.event()));
    }
}
