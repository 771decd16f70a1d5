package io.calendarsync.config;

import io.calendarsync.model.Problem;
import io.calendarsync.model.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems of one calendar file. It keeps at most {@code limit} of them so that a huge broken
 * file cannot exhaust memory or flood the terminal; the rest are only counted and summed up in one
 * closing problem.
 */
public final class ProblemList {

    public static final int DEFAULT_LIMIT = 1000;

    /**
     * Orders problems by line, then column. Written out because the lambdas of Comparator.comparingInt are
     * linked at run time in every run, which a class-data-sharing archive does not save.
     */
    private static final Comparator<Problem> BY_POSITION = new Comparator<>() {
        @Override
        public int compare(Problem first, Problem second) {
            int byLine = Integer.compare(first.line(), second.line());
            return byLine != 0 ? byLine : Integer.compare(first.column(), second.column());
        }
    };

    private final String file;
    private final int limit;
    private final List<Problem> listed = new ArrayList<>();
    private int errorCount;
    private int warningCount;
    private int omittedCount;
    private int omittedErrorCount;

    public ProblemList(String file) {
        this(file, DEFAULT_LIMIT);
    }

    public ProblemList(String file, int limit) {
        this.file = file == null ? "" : file;
        this.limit = limit;
    }

    public String file() {
        return file;
    }

    public void error(SourceLocation at, String subject, String field, String message, String fix) {
        add(Severity.ERROR, at, subject, field, message, fix);
    }

    public void warning(SourceLocation at, String subject, String field, String message, String fix) {
        add(Severity.WARNING, at, subject, field, message, fix);
    }

    public void add(Severity severity, SourceLocation at, String subject, String field, String message, String fix) {
        boolean error = severity == Severity.ERROR;
        if (error) {
            errorCount++;
        } else {
            warningCount++;
        }
        if (listed.size() >= limit) {
            omittedCount++;
            omittedErrorCount += error ? 1 : 0;
            return;
        }
        listed.add(new Problem(severity, file, at.line(), at.column(), subject, field, message, fix));
    }

    /** Returns the number of errors recorded so far, listed or not, so callers can compare it across a step. */
    public int errorCount() {
        return errorCount;
    }

    /** Returns the number of warnings recorded so far, listed or not. */
    public int warningCount() {
        return warningCount;
    }

    /** Returns the problems ordered by line and column, then a summary of those left out, if any. */
    public List<Problem> sorted() {
        List<Problem> result = new ArrayList<>(listed);
        result.sort(BY_POSITION);
        if (omittedCount > 0) {
            Severity severity = omittedErrorCount > 0 ? Severity.ERROR : Severity.WARNING;
            result.add(new Problem(severity, file, 0, 0, "", "",
                    Texts.count(omittedCount, "more problem") + " (" + Texts.count(omittedErrorCount, "error")
                            + ") are not listed",
                    "fix the problems above and run again"));
        }
        return List.copyOf(result);
    }
}
