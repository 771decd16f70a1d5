package io.calendarsync.plan;

/**
 * One field of an event that a change rewrites, as display text. {@code drift} is true when the target's
 * value differs from what calendar-sync last wrote, meaning someone changed it outside calendar.yaml.
 */
public record FieldChange(String field, String before, String after, boolean drift) {
}
