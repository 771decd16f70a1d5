package io.calendarsync.backend.google;

import com.google.api.client.googleapis.batch.BatchRequest;
import com.google.api.client.googleapis.batch.json.JsonBatchCallback;
import com.google.api.client.googleapis.json.GoogleJsonError;
import com.google.api.client.http.HttpHeaders;
import com.google.api.services.calendar.Calendar;
import com.google.api.services.calendar.CalendarRequest;
import io.calendarsync.model.Event;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Sends the next call of each task through {@code POST /batch/calendar/v3}, at most 50 calls a batch,
 * and returns each call's own outcome. Up to
 * {@value #PARALLEL_BATCHES} batches are in flight at once, so network latency is paid once per group of
 * batches rather than once per batch.
 */
final class BatchSender {

    static final int MAX_BATCH = 50;
    /** Apply needs nothing back from a successful write, so it requests only these fields in the response. */
    static final String WRITE_FIELDS = "id,etag";
    /**
     * Batches in flight at once. NOTE: four is not tuned against Google's per-user rate limits; rate-limit
     * responses (429, 403 rateLimitExceeded) are retried with backoff.
     */
    static final int PARALLEL_BATCHES = 4;

    /** The result of one call: the event returned (absent for delete) or the failure. */
    record Outcome(Optional<com.google.api.services.calendar.model.Event> event, Optional<GoogleFailure> failure) {

        static Outcome success(com.google.api.services.calendar.model.Event event) {
            return new Outcome(Optional.ofNullable(event), Optional.empty());
        }

        static Outcome failed(GoogleFailure failure) {
            return new Outcome(Optional.empty(), Optional.of(failure));
        }

        boolean succeeded() {
            return failure.isEmpty();
        }
    }

    private final Calendar api;
    private final String calendarId;
    private final SendUpdates sendUpdates;

    BatchSender(Calendar api, String calendarId, SendUpdates sendUpdates) {
        this.api = api;
        this.calendarId = calendarId;
        this.sendUpdates = sendUpdates;
    }

    /** Sends one call per task, in batches of {@link #MAX_BATCH}, and returns every task's outcome. */
    Map<ChangeTask, Outcome> send(List<ChangeTask> tasks) {
        // ChangeTask keeps Object's identity equality, so this map is keyed by task identity.
        Map<ChangeTask, Outcome> outcomes = new ConcurrentHashMap<>();
        List<List<ChangeTask>> batches = new ArrayList<>();
        for (int from = 0; from < tasks.size(); from += MAX_BATCH) {
            batches.add(tasks.subList(from, Math.min(tasks.size(), from + MAX_BATCH)));
        }
        if (batches.size() <= 1) {
            batches.forEach(batch -> sendBatch(batch, outcomes));
            return outcomes;
        }

        ExecutorService executor = Executors.newFixedThreadPool(Math.min(PARALLEL_BATCHES, batches.size()), runnable -> {
            Thread thread = new Thread(runnable, "calendar-sync-batch");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (List<ChangeTask> batch : batches) {
                sent.add(executor.submit(() -> sendBatch(batch, outcomes)));
            }
            for (Future<?> future : sent) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending batches", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("sending a batch failed unexpectedly", e.getCause());
        } finally {
            executor.shutdownNow();
        }
        return outcomes;
    }

    private void sendBatch(List<ChangeTask> batchTasks, Map<ChangeTask, Outcome> outcomes) {
        try {
            BatchRequest batch = api.batch();
            for (ChangeTask task : batchTasks) {
                queue(batch, task, outcomes);
            }
            batch.execute();
        } catch (IOException e) {
            // The whole batch failed (a dropped connection, a 503 for the batch, a token failure). Calls that
            // already have a response keep it, and the others share the batch's failure.
            GoogleFailure failure = GoogleFailure.of(e);
            for (ChangeTask task : batchTasks) {
                outcomes.putIfAbsent(task, Outcome.failed(failure));
            }
        }
        for (ChangeTask task : batchTasks) {
            outcomes.putIfAbsent(task, Outcome.failed(
                    new GoogleFailure(0, "missingResponse", "the batch response had no part for this call", Optional.empty(), false)));
        }
    }

    private void queue(BatchRequest batch, ChangeTask task, Map<ChangeTask, Outcome> outcomes) throws IOException {
        Calendar.Events events = api.events();
        switch (task.operation) {
            case INSERT -> {
                com.google.api.services.calendar.model.Event body = body(task).setId(task.eventId());
                events.insert(calendarId, body).setSendUpdates(sendUpdates.apiValue())
                        .setFields(WRITE_FIELDS)
                        .queue(batch, eventCallback(task, outcomes));
            }
            case PATCH -> {
                CalendarRequest<com.google.api.services.calendar.model.Event> request = events
                        .patch(calendarId, task.eventId(), body(task))
                        .setSendUpdates(sendUpdates.apiValue())
                        .setFields(WRITE_FIELDS);
                ifMatch(request, task);
                request.queue(batch, eventCallback(task, outcomes));
            }
            case DELETE -> {
                CalendarRequest<Void> request = events.delete(calendarId, task.eventId())
                        .setSendUpdates(sendUpdates.apiValue());
                ifMatch(request, task);
                request.queue(batch, new JsonBatchCallback<Void>() {
                    @Override
                    public void onSuccess(Void nothing, HttpHeaders headers) {
                        outcomes.put(task, Outcome.success(null));
                    }

                    @Override
                    public void onFailure(GoogleJsonError error, HttpHeaders headers) {
                        outcomes.put(task, Outcome.failed(GoogleFailure.of(error, headers)));
                    }
                });
            }
            case GET -> events.get(calendarId, task.eventId())
                    .setFields(CalendarReader.GET_FIELDS)
                    .queue(batch, eventCallback(task, outcomes));
        }
    }

    private static com.google.api.services.calendar.model.Event body(ChangeTask task) {
        Event desired = task.change.desired().orElseThrow(
                () -> new IllegalStateException("change " + task.eventId() + " has no desired event to write"));
        return GoogleEvents.body(desired, task.current.filter(event -> !GoogleEvents.CANCELLED.equals(event.getStatus())));
    }

    /** Makes the write conditional on the etag last read, so a hand edit made since then causes a 412. */
    private static void ifMatch(CalendarRequest<?> request, ChangeTask task) {
        String etag = task.etag();
        if (!etag.isEmpty()) {
            request.getRequestHeaders().setIfMatch(etag);
        }
    }

    private static JsonBatchCallback<com.google.api.services.calendar.model.Event> eventCallback(
            ChangeTask task, Map<ChangeTask, Outcome> outcomes) {
        return new JsonBatchCallback<>() {
            @Override
            public void onSuccess(com.google.api.services.calendar.model.Event event, HttpHeaders headers) {
                outcomes.put(task, Outcome.success(event));
            }

            @Override
            public void onFailure(GoogleJsonError error, HttpHeaders headers) {
                outcomes.put(task, Outcome.failed(GoogleFailure.of(error, headers)));
            }
        };
    }
}
