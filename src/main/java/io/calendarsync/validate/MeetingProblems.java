package io.calendarsync.validate;

import io.calendarsync.config.ProblemList;
import io.calendarsync.config.SourceLocation;

/** Reports problems of one meeting, so rule classes need not repeat the meeting's subject. */
final class MeetingProblems {

    private final ProblemList problems;
    private final String subject;

    MeetingProblems(ProblemList problems, String subject) {
        this.problems = problems;
        this.subject = subject;
    }

    void error(String field, SourceLocation at, String message, String fix) {
        problems.error(at, subject, field, message, fix);
    }

    void warning(String field, SourceLocation at, String message, String fix) {
        problems.warning(at, subject, field, message, fix);
    }

    int errorCount() {
        return problems.errorCount();
    }
}
