package io.calendarsync.config;

/**
 * One item of {@code skip:} or {@code extra:}: a plain date, or {@code {date: ..., reason: ...}}. Either
 * part is null when absent.
 */
public record DatedNoteSpec(ScalarSpec date, ScalarSpec reason, SourceLocation location) {
}
