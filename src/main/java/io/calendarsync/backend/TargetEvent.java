package io.calendarsync.backend;

import io.calendarsync.model.Event;
import java.util.Map;
import java.util.Objects;

/**
 * An event as a target stores it. {@code managed} is true when calendar-sync's marker is on it;
 * {@code cancelled} marks a tombstone (Google keeps deleted events with status {@code cancelled}).
 * {@code version} is the target's concurrency token (an etag, or empty), and {@code appliedHashes} maps
 * each field name of {@link io.calendarsync.plan.EventField} to the hash of the value calendar-sync last
 * wrote, so the planner can tell hand edits from changes in calendar.yaml; it is empty when unknown.
 */
public record TargetEvent(
        Event event,
        boolean managed,
        boolean cancelled,
        String version,
        Map<String, String> appliedHashes) {

    public TargetEvent {
        Objects.requireNonNull(event, "event");
        version = version == null ? "" : version;
        appliedHashes = Map.copyOf(appliedHashes);
    }

    public static TargetEvent managed(Event event) {
        return new TargetEvent(event, true, false, "", Map.of());
    }

    public String id() {
        return event.id();
    }
}
