package io.calendarsync.validate;

import io.calendarsync.model.Meeting;
import io.calendarsync.model.Problem;
import java.util.List;

/**
 * The outcome of validating one calendar file: every meeting that converted without errors, in file order,
 * and every problem found, ordered by line.
 */
public record ValidationResult(String file, List<Meeting> meetings, List<Problem> problems) {

    public ValidationResult {
        file = file == null ? "" : file;
        meetings = List.copyOf(meetings);
        problems = List.copyOf(problems);
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
