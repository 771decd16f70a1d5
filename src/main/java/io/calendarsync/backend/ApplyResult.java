package io.calendarsync.backend;

import java.util.List;

/** The outcome of an apply: counts of changes made and every change that failed. */
public record ApplyResult(int created, int updated, int removed, List<ApplyFailure> failures) {

    public ApplyResult {
        failures = List.copyOf(failures);
    }

    public boolean succeeded() {
        return failures.isEmpty();
    }
}
