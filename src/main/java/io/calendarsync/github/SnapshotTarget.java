package io.calendarsync.github;

import io.calendarsync.backend.ApplyResult;
import io.calendarsync.backend.Target;
import io.calendarsync.backend.TargetEvent;
import io.calendarsync.backend.TargetSnapshot;
import io.calendarsync.model.Meeting;
import io.calendarsync.plan.Plan;
import io.calendarsync.recurrence.EventMapper;
import java.util.List;

/**
 * calendar.yaml of another commit as a read-only target. It contains the events that a calendar synced
 * from that version would contain, all managed, so a plan against it shows the effect of the change.
 */
final class SnapshotTarget implements Target {

    private final String name;
    private final TargetSnapshot snapshot;

    SnapshotTarget(String name, List<Meeting> meetings) {
        this.name = name;
        this.snapshot = new TargetSnapshot(new EventMapper().toEvents(meetings).stream()
                .map(TargetEvent::managed)
                .toList());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public TargetSnapshot read() {
        return snapshot;
    }

    /** Never called: the action applies only to a live calendar. */
    @Override
    public ApplyResult apply(Plan plan) {
        throw new UnsupportedOperationException(name + " is another commit's calendar.yaml and cannot be applied to");
    }
}
