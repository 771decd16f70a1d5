package io.calendarsync.plan;

import io.calendarsync.backend.TargetEvent;
import io.calendarsync.model.Event;
import io.calendarsync.model.Meeting;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One planned change to one event. {@code current} is the event the target contains (absent for a create),
 * {@code desired} what it will hold afterwards (absent for a delete), and {@code meeting} the meeting of
 * calendar.yaml behind it (absent for a removal). {@code reason} gives the cause in one sentence.
 */
public record Change(
        ChangeKind kind,
        String eventId,
        Optional<Meeting> meeting,
        Optional<TargetEvent> current,
        Optional<Event> desired,
        List<FieldChange> fields,
        String reason) {

    public Change {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(eventId, "eventId");
        fields = List.copyOf(fields);
        reason = reason == null ? "" : reason;
    }

    /** Returns the event's title: the desired one, or the current one for a removal. */
    public String summary() {
        return desired.map(Event::summary)
                .or(() -> current.map(c -> c.event().summary()))
                .orElse("");
    }

    public List<FieldChange> drift() {
        return fields.stream().filter(FieldChange::drift).toList();
    }
}
