package io.calendarsync.plan;

import java.util.List;

/**
 * The changes that bring a target in line with calendar.yaml, in calendar.yaml order with removals last.
 * {@code unchanged} counts events that already match; {@code managed} counts the live events the target
 * held that calendar-sync manages, which the removal guard weighs removals against. {@code keptAsHistory}
 * counts managed events gone from calendar.yaml that stay because they are over (past one-off events and
 * series that have ended).
 */
public record Plan(String target, List<Change> changes, int unchanged, int managed, int keptAsHistory) {

    public Plan {
        changes = List.copyOf(changes);
    }

    public Plan(String target, List<Change> changes, int unchanged, int managed) {
        this(target, changes, unchanged, managed, 0);
    }

    public boolean hasChanges() {
        return !changes.isEmpty();
    }

    public long count(ChangeKind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }

    public long created() {
        return count(ChangeKind.CREATE) + count(ChangeKind.RESTORE);
    }

    public long updated() {
        return count(ChangeKind.UPDATE);
    }

    public long removed() {
        return count(ChangeKind.END_SERIES) + count(ChangeKind.DELETE);
    }

    /** Changes that overwrite fields someone edited outside calendar.yaml. */
    public List<Change> drifted() {
        return changes.stream().filter(c -> !c.drift().isEmpty()).toList();
    }
}
