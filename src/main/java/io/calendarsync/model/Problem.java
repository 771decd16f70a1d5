package io.calendarsync.model;

import java.util.Objects;

/**
 * One finding about calendar.yaml. Line and column are 1-based, 0 when unknown; meeting id and field are
 * empty when the problem concerns the whole file. {@link #fix()} is what the author should write instead.
 */
public record Problem(
        Severity severity,
        String file,
        int line,
        int column,
        String meetingId,
        String field,
        String message,
        String fix) {

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        file = file == null ? "" : file;
        meetingId = meetingId == null ? "" : meetingId;
        field = field == null ? "" : field;
        fix = fix == null ? "" : fix;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Formats the problem as {@code FILE:LINE:COL: error: ID.FIELD: message; fix}. */
    public String format() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        text.append(": ").append(severity.label()).append(": ");
        String subject = meetingId.isEmpty() ? field : field.isEmpty() ? meetingId : meetingId + "." + field;
        if (!subject.isEmpty()) {
            text.append(subject).append(": ");
        }
        text.append(message);
        if (!fix.isEmpty()) {
            text.append("; ").append(fix);
        }
        return text.toString();
    }
}
