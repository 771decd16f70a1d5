package io.calendarsync.backend.google;

import io.calendarsync.backend.ApplyFailure;
import io.calendarsync.backend.ApplyResult;
import io.calendarsync.model.CalendarSyncException;
import io.calendarsync.model.Event;
import io.calendarsync.plan.Change;
import io.calendarsync.plan.ChangeKind;
import io.calendarsync.plan.Plan;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out one plan. It sends every change's next call in batches and handles each response on its own:
 * 409 on insert and 412 on a stale etag lead to a re-read and a fresh decision, rate limits and server
 * errors to a retry. It collects what failed, so the other changes still apply.
 */
final class ApplyRun {

    private static final Logger LOG = LoggerFactory.getLogger(ApplyRun.class);

    private final BatchSender sender;
    private final Retrier retrier;
    private final String calendarId;
    private final ZoneId calendarZone;
    private final ResolvedCredentials credentials;
    private final Map<String, com.google.api.services.calendar.model.Event> lastRead;

    private final List<ApplyFailure> failures = new ArrayList<>();
    private int created;
    private int updated;
    private int removed;
    private String attendeeErrorEvent = "";

    ApplyRun(BatchSender sender, Retrier retrier, String calendarId, ZoneId calendarZone,
            ResolvedCredentials credentials, Map<String, com.google.api.services.calendar.model.Event> lastRead) {
        this.sender = sender;
        this.retrier = retrier;
        this.calendarId = calendarId;
        this.calendarZone = calendarZone;
        this.credentials = credentials;
        this.lastRead = lastRead;
    }

    ApplyResult run(Plan plan) {
        List<ChangeTask> pending = new ArrayList<>();
        for (Change change : plan.changes()) {
            pending.add(firstTask(change));
        }
        Instant deadline = retrier.clock().instant().plus(retrier.policy().maxTotal());

        while (!pending.isEmpty()) {
            Map<ChangeTask, BatchSender.Outcome> outcomes = sender.send(pending);
            List<ChangeTask> next = new ArrayList<>();
            Duration wait = Duration.ZERO;
            for (ChangeTask task : pending) {
                handle(task, outcomes.get(task), next);
                if (next.contains(task) && task.attempts > 0) {
                    Duration delay = retrier.policy().delayAfter(task.attempts, task.retryAfter, retrier.random());
                    wait = delay.compareTo(wait) > 0 ? delay : wait;
                }
            }
            pending = waitForRetries(next, wait, deadline);
        }
        return new ApplyResult(created, updated, removed, failures);
    }

    private ChangeTask firstTask(Change change) {
        Optional<com.google.api.services.calendar.model.Event> current = Optional.ofNullable(lastRead.get(change.eventId()));
        ChangeTask.Operation operation = switch (change.kind()) {
            case CREATE -> ChangeTask.Operation.INSERT;
            case RESTORE, UPDATE, END_SERIES -> ChangeTask.Operation.PATCH;
            case DELETE -> ChangeTask.Operation.DELETE;
        };
        if (current.isEmpty() && change.current().isPresent() && !change.current().get().version().isEmpty()) {
            // A plan made from another snapshot: its etag still guards the write.
            current = Optional.of(new com.google.api.services.calendar.model.Event()
                    .setId(change.eventId()).setEtag(change.current().get().version()));
        }
        return new ChangeTask(change, operation, current);
    }

    private void handle(ChangeTask task, BatchSender.Outcome outcome, List<ChangeTask> next) {
        if (outcome.succeeded()) {
            if (task.operation == ChangeTask.Operation.GET) {
                decide(task, outcome.event().orElseThrow(), next);
            } else {
                succeed(task);
            }
            return;
        }
        GoogleFailure failure = outcome.failure().orElseThrow();
        task.lastFailure = failure;
        if (failure.tokenFailure()) {
            // Without an access token no call can succeed, so the apply stops here; the next run does the rest.
            throw new CalendarSyncException(CalendarSyncException.Kind.TARGET, FailureMessages.token(failure, credentials)
                    + " (" + (created + updated + removed) + " change(s) were applied before)");
        }
        ChangeTask.Operation operation = task.operation;

        if (operation == ChangeTask.Operation.INSERT && failure.is(409)) {
            // The id exists: a retried insert that went through, a tombstone, or an event made by hand.
            reread(task, next);
        } else if ((operation == ChangeTask.Operation.PATCH || operation == ChangeTask.Operation.DELETE) && failure.is(412)) {
            LOG.warn("Event {} changed in calendar '{}' after it was read; reading it again", task.eventId(), calendarId);
            reread(task, next);
        } else if (operation == ChangeTask.Operation.DELETE && (failure.is(404) || failure.is(410))) {
            succeed(task);
        } else if (operation == ChangeTask.Operation.GET && failure.is(404)) {
            eventMissing(task, next);
        } else if (operation == ChangeTask.Operation.PATCH && failure.is(404)) {
            task.current = Optional.empty();
            task.moveTo(ChangeTask.Operation.INSERT);
            next.add(task);
        } else if (failure.retriable() && task.attempts + 1 < retrier.policy().maxAttempts()) {
            task.attempts++;
            task.retryAfter = failure.retryAfter();
            next.add(task);
        } else {
            fail(task, failure);
        }
    }

    /** Chooses the next call from the event as it is now, after a 409 or a 412. */
    private void decide(ChangeTask task, com.google.api.services.calendar.model.Event fresh, List<ChangeTask> next) {
        task.current = Optional.of(fresh);
        boolean cancelled = GoogleEvents.CANCELLED.equals(fresh.getStatus());
        Optional<Event> desired = task.change.desired();

        if (desired.isEmpty()) {
            if (cancelled) {
                succeed(task);
                return;
            }
            task.moveTo(ChangeTask.Operation.DELETE);
        } else if (GoogleEvents.matches(fresh, desired.get(), calendarZone)) {
            succeed(task);
            return;
        } else {
            task.moveTo(ChangeTask.Operation.PATCH);
        }
        next.add(task);
    }

    private void reread(ChangeTask task, List<ChangeTask> next) {
        task.conflicts++;
        if (task.conflicts > ChangeTask.MAX_CONFLICTS) {
            fail(task, new GoogleFailure(task.lastFailure.status(), task.lastFailure.reason(),
                    "the event kept changing while calendar-sync wrote it; run apply again", Optional.empty(), false));
            return;
        }
        task.moveTo(ChangeTask.Operation.GET);
        next.add(task);
    }

    /** Handles a 404 on get: the event is gone for good, so a removal is done and anything else starts over. */
    private void eventMissing(ChangeTask task, List<ChangeTask> next) {
        if (task.change.desired().isEmpty()) {
            succeed(task);
            return;
        }
        task.current = Optional.empty();
        task.moveTo(ChangeTask.Operation.INSERT);
        next.add(task);
    }

    private List<ChangeTask> waitForRetries(List<ChangeTask> next, Duration wait, Instant deadline) {
        if (wait.isZero()) {
            return next;
        }
        if (retrier.clock().instant().plus(wait).isAfter(deadline)) {
            List<ChangeTask> remaining = new ArrayList<>();
            for (ChangeTask task : next) {
                if (task.attempts > 0) {
                    fail(task, task.lastFailure);
                } else {
                    remaining.add(task);
                }
            }
            return remaining;
        }
        long retries = next.stream().filter(task -> task.attempts > 0).count();
        LOG.warn("Retrying {} call(s) to calendar '{}' in {} ms", retries, calendarId, wait.toMillis());
        retrier.pause(wait);
        return next;
    }

    private void succeed(ChangeTask task) {
        ChangeKind kind = task.change.kind();
        switch (kind) {
            case CREATE, RESTORE -> created++;
            case UPDATE -> updated++;
            case END_SERIES, DELETE -> removed++;
        }
    }

    private void fail(ChangeTask task, GoogleFailure failure) {
        String action = task.change.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        String reason;
        if (failure.reason().equals(GoogleFailure.FORBIDDEN_FOR_SERVICE_ACCOUNTS)) {
            if (attendeeErrorEvent.isEmpty()) {
                attendeeErrorEvent = task.eventId();
                reason = FailureMessages.attendeesForbidden(credentials);
            } else {
                reason = "attendees rejected for the same reason as event " + attendeeErrorEvent;
            }
        } else {
            reason = FailureMessages.write(failure, calendarId, credentials);
            if (task.attempts > 0) {
                reason += " (gave up after " + (task.attempts + 1) + " tries)";
            }
        }
        LOG.error("Could not {} event {} in calendar '{}': {}", action, task.eventId(), calendarId, reason);
        failures.add(new ApplyFailure(task.eventId(), action, reason));
    }
}
