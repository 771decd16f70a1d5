package io.calendarsync.model;

import java.util.Objects;

/**
 * The one exception calendar-sync raises for a failure the user can act on. Its {@link Kind} decides the
 * process exit code, and its message is printed as it is, without a stack trace.
 */
public class CalendarSyncException extends RuntimeException {

    /** The kind of failure, with the exit code the command-line tool returns for it. */
    public enum Kind {
        INVALID_CALENDAR(1),
        USAGE(2),
        TARGET(3);

        private final int exitCode;

        Kind(int exitCode) {
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }

    private final Kind kind;

    public CalendarSyncException(Kind kind, String message) {
        super(message);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public CalendarSyncException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Kind kind() {
        return kind;
    }

    public static CalendarSyncException usage(String message) {
        return new CalendarSyncException(Kind.USAGE, message);
    }

    public static CalendarSyncException target(String message, Throwable cause) {
        return new CalendarSyncException(Kind.TARGET, message, cause);
    }
}
