package io.calendarsync.config;

/** A 1-based line and column in calendar.yaml; 0 means unknown. */
public record SourceLocation(int line, int column) {

    /** The location of a problem that concerns the whole file. */
    public static final SourceLocation UNKNOWN = new SourceLocation(0, 0);

    public static SourceLocation of(int line, int column) {
        return new SourceLocation(Math.max(line, 0), Math.max(column, 0));
    }
}
