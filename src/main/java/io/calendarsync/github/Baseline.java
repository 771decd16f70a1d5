package io.calendarsync.github;

import io.calendarsync.backend.Target;
import io.calendarsync.backend.TargetSnapshot;
import java.util.Optional;

/**
 * What a plan compares calendar.yaml with: the live Google calendar (the only baseline that can be applied
 * to) or calendar.yaml as another commit holds it.
 *
 * @param targetName the name plans show, such as {@code google:team@example.org}
 * @param description one sentence for the comment and summary that says which baseline this is
 * @param snapshot the events the baseline holds
 * @param target the calendar to apply to; empty for a file baseline
 */
public record Baseline(String targetName, String description, TargetSnapshot snapshot, Optional<Target> target) {
}
