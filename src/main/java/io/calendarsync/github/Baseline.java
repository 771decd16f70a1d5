package io.calendarsync.github;

import io.calendarsync.backend.Target;

/**
 * The version a plan compares calendar.yaml with: the live Google calendar, the only baseline that can be
 * applied to, or calendar.yaml of another commit.
 *
 * @param target the calendar to read, and for a live one to apply to
 * @param description one sentence for the comment and summary that says which baseline this is
 * @param live whether the target is the live calendar
 */
public record Baseline(Target target, String description, boolean live) {
}
