package io.calendarsync.backend;

/** One change a target could not make: the event id, what was attempted and why it failed. */
public record ApplyFailure(String eventId, String action, String reason) {
}
