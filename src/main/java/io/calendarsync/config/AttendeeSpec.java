package io.calendarsync.config;

/** One item of {@code attendees:}; {@code email} is null when the item has no usable {@code email:} key. */
public record AttendeeSpec(ScalarSpec email, SourceLocation location) {
}
