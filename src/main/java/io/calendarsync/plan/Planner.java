package io.calendarsync.plan;

import io.calendarsync.backend.TargetEvent;
import io.calendarsync.backend.TargetSnapshot;
import io.calendarsync.model.CalendarSyncException;
import io.calendarsync.model.Event;
import io.calendarsync.model.Meeting;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Compares the events calendar.yaml requests with the events a target contains and decides, event by event, what
 * to create, update, restore, end or delete. It only decides: targets carry the plan out.
 */
public final class Planner {

    private final Function<Meeting, Event> mapper;
    private final SeriesQueries series;

    public Planner(Function<Meeting, Event> mapper, SeriesQueries series) {
        this.mapper = mapper;
        this.series = series;
    }

    public Plan plan(String targetName, List<Meeting> meetings, TargetSnapshot snapshot, PlanOptions options) {
        Map<String, TargetEvent> current = snapshot.byId();
        List<Change> changes = new ArrayList<>();
        int unchanged = 0;

        for (Meeting meeting : meetings) {
            Optional<Change> change = planMeeting(meeting, Optional.ofNullable(current.get(meeting.id())));
            if (change.isPresent()) {
                changes.add(change.get());
            } else {
                unchanged++;
            }
        }

        // Removals come last, in id order, so a plan reads the same on every run.
        Set<String> meetingIds = new HashSet<>();
        meetings.forEach(m -> meetingIds.add(m.id()));
        List<TargetEvent> removedFromFile = snapshot.events().stream()
                .filter(e -> e.managed() && !e.cancelled() && !meetingIds.contains(e.id()))
                .sorted(Comparator.comparing(TargetEvent::id))
                .toList();
        int keptAsHistory = 0;
        for (TargetEvent event : removedFromFile) {
            Optional<Change> removal = planRemoval(event, options);
            if (removal.isPresent()) {
                changes.add(removal.get());
            } else {
                keptAsHistory++;
            }
        }

        return new Plan(targetName, changes, unchanged, (int) snapshot.managedCount(), keptAsHistory);
    }

    private Optional<Change> planMeeting(Meeting meeting, Optional<TargetEvent> current) {
        Event desired = mapper.apply(meeting);
        if (current.isEmpty()) {
            return Optional.of(change(ChangeKind.CREATE, meeting, current, desired, List.of(),
                    "new in calendar.yaml"));
        }

        TargetEvent existing = current.get();
        if (existing.cancelled()) {
            // Google keeps the ids of deleted events reserved; restoring the tombstone reuses the id.
            return Optional.of(change(ChangeKind.RESTORE, meeting, current, desired, List.of(),
                    "the event with this id was deleted from the calendar; it is restored"));
        }

        List<FieldChange> fields = FieldChanges.between(existing, desired);
        if (!fields.isEmpty()) {
            return Optional.of(change(ChangeKind.UPDATE, meeting, current, desired, fields, updateReason(existing, fields)));
        }
        if (!existing.managed()) {
            return Optional.of(change(ChangeKind.UPDATE, meeting, current, desired, List.of(),
                    "adopted: the event matches but was not made by calendar-sync; the write adds its marker"));
        }
        return Optional.empty();
    }

    private static String updateReason(TargetEvent existing, List<FieldChange> fields) {
        if (!existing.managed()) {
            return "adopted: the event was not made by calendar-sync";
        }
        long drifted = fields.stream().filter(FieldChange::drift).count();
        if (drifted == fields.size()) {
            return "edited outside calendar.yaml; calendar.yaml's values are written back";
        }
        if (drifted > 0) {
            return "changed in calendar.yaml, and edited outside it";
        }
        return "changed in calendar.yaml";
    }

    private Optional<Change> planRemoval(TargetEvent existing, PlanOptions options) {
        Event event = existing.event();
        if (options.removal() == RemovalPolicy.DELETE) {
            return Optional.of(removal(ChangeKind.DELETE, existing, Optional.empty(), List.of(),
                    "gone from calendar.yaml; --removal delete deletes it"));
        }

        Instant firstStart = event.start().atZone(event.zone()).toInstant();
        if (!firstStart.isBefore(options.now())) {
            return Optional.of(removal(ChangeKind.DELETE, existing, Optional.empty(), List.of(),
                    "gone from calendar.yaml and has not started yet"));
        }
        try {
            return planEnd(existing, firstStart, options);
        } catch (IllegalArgumentException e) {
            // Google accepts recurrence lines calendar-sync never writes, such as EXRULE, and a hand edit can
            // add one. Without expanding the series there is no last past occurrence to end it after.
            throw new CalendarSyncException(CalendarSyncException.Kind.TARGET, "cannot end series " + existing.id()
                    + ", which is gone from calendar.yaml: " + e.getMessage() + "; remove that line from the event in"
                    + " the calendar, or delete the event, or run with --removal delete", e);
        }
    }

    /** Ends a started series after its last past occurrence; past one-offs and finished series stay. */
    private Optional<Change> planEnd(TargetEvent existing, Instant firstStart, PlanOptions options) {
        Event event = existing.event();
        if (!event.recurring() || !series.occursFrom(event, options.now())) {
            // Past one-off events and series that are over stay as history.
            return Optional.empty();
        }

        Instant lastStart = series.lastStartBefore(event, options.now()).orElse(firstStart);
        Event ended = series.endAfter(event, lastStart);
        LocalDate lastDate = lastStart.atZone(event.zone()).toLocalDate();
        List<FieldChange> fields = FieldChanges.between(existing, ended);
        return Optional.of(removal(ChangeKind.END_SERIES, existing, Optional.of(ended), fields,
                "gone from calendar.yaml; the series ends after its last past occurrence on " + lastDate
                        + ", so its history stays"));
    }

    private static Change change(ChangeKind kind, Meeting meeting, Optional<TargetEvent> current, Event desired,
            List<FieldChange> fields, String reason) {
        return new Change(kind, desired.id(), Optional.of(meeting), current, Optional.of(desired), fields, reason);
    }

    private static Change removal(ChangeKind kind, TargetEvent existing, Optional<Event> desired,
            List<FieldChange> fields, String reason) {
        return new Change(kind, existing.id(), Optional.empty(), Optional.of(existing), desired, fields, reason);
    }
}
