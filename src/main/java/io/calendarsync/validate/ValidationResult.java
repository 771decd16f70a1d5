package io.calendarsync.validate;

import io.calendarsync.model.Meeting;
import io.calendarsync.model.Problem;
import java.util.ArrayList;
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
        this(file, meetings, problems, select(problems, true).size(), select(problems, false).size());
    }

    /** Returns true when no problem is an error; warnings do not make a file invalid. */
    public boolean valid() {
        return select(problems, true).isEmpty();
    }

    public List<Problem> errors() {
        return select(problems, true);
    }

    public List<Problem> warnings() {
        return select(problems, false);
    }

    /** Returns the errors or the warnings. It loops because a stream would link its lambdas anew in every run. */
    private static List<Problem> select(List<Problem> problems, boolean errors) {
        List<Problem> selected = new ArrayList<>();
        for (Problem problem : problems) {
            if (problem.isError() == errors) {
                selected.add(problem);
            }
        }
        return List.copyOf(selected);
    }
}
