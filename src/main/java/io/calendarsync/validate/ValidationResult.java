package io.calendarsync.validate;

import io.calendarsync.model.Meeting;
import io.calendarsync.model.Problem;
import java.util.List;

/**
 * The outcome of validating one calendar file: every meeting that converted without errors, in file order,
 * and the problems found, ordered by line. Past a limit, problems are only counted: {@code errorCount}
 * and {@code warningCount} include those, while {@code problems} ends with one error that sums them up.
 */
public record ValidationResult(String file, List<Meeting> meetings, List<Problem> problems, int errorCount,
        int warningCount) {

    public ValidationResult {
        file = file == null ? "" : file;
        meetings = List.copyOf(meetings);
        problems = List.copyOf(problems);
    }

    /** A result whose problems are all listed, so the counts come from the list. */
    public ValidationResult(String file, List<Meeting> meetings, List<Problem> problems) {
        this(file, meetings, problems, (int) problems.stream().filter(Problem::isError).count(),
                (int) problems.stream().filter(problem -> !problem.isError()).count());
    }

    /** Returns true when no problem is an error; warnings do not make a file invalid. */
    public boolean valid() {
        return problems.stream().noneMatch(Problem::isError);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(problem -> !problem.isError()).toList();
    }
}
