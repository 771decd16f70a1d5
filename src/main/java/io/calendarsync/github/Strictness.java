package io.calendarsync.github;

import io.calendarsync.model.Problem;
import io.calendarsync.model.Severity;
import io.calendarsync.validate.ValidationResult;
import java.util.List;

/** The {@code strict} input: warnings become errors, so annotations, the comment and the exit code agree. */
final class Strictness {

    private Strictness() {
    }

    static ValidationResult warningsAsErrors(ValidationResult result) {
        List<Problem> problems = result.problems().stream().map(Strictness::asError).toList();
        return new ValidationResult(result.file(), result.meetings(), problems,
                result.errorCount() + result.warningCount(), 0);
    }

    private static Problem asError(Problem problem) {
        if (problem.isError()) {
            return problem;
        }
        return new Problem(Severity.ERROR, problem.file(), problem.line(), problem.column(), problem.meetingId(),
                problem.field(), problem.message() + " (an error because the strict input is true)", problem.fix());
    }
}
