package io.calendarsync.backend.google;

import io.calendarsync.plan.Change;
import java.time.Duration;
import java.util.Optional;

/**
 * The progress of one planned change during an apply: the next Calendar API call to make for it and what
 * the calendar held when last seen. A change may take several calls, such as insert, then get after a 409,
 * then patch.
 */
final class ChangeTask {

    /** The Calendar API call a task makes next. */
    enum Operation {
        INSERT, PATCH, DELETE, GET
    }

    /** Re-reads allowed after 409 or 412 before the change is reported as failed. */
    static final int MAX_CONFLICTS = 3;

    final Change change;
    Operation operation;
    /** The event as last read, for the etag and the attendee responses to keep. */
    Optional<com.google.api.services.calendar.model.Event> current;
    /** Failed tries of the current operation. */
    int attempts;
    int conflicts;
    Optional<Duration> retryAfter = Optional.empty();
    GoogleFailure lastFailure;

    ChangeTask(Change change, Operation operation, Optional<com.google.api.services.calendar.model.Event> current) {
        this.change = change;
        this.operation = operation;
        this.current = current;
    }

    String eventId() {
        return change.eventId();
    }

    String etag() {
        return current.map(com.google.api.services.calendar.model.Event::getEtag).orElse("");
    }

    void moveTo(Operation next) {
        operation = next;
        attempts = 0;
        retryAfter = Optional.empty();
    }
}
