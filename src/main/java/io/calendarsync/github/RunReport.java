package io.calendarsync.github;

import io.calendarsync.model.Problem;
import java.util.List;
import java.util.Optional;

/**
 * What one run of the action found and did, for the pull-request comment and the job summary.
 *
 * @param calendarFile calendar.yaml's path in the repository, as the {@code calendar-file} input gives it
 * @param validated whether the file was read and validated; when false, meetings and problems are empty
 * @param meetings the number of meetings that validated
 * @param problems every error and warning of the validation, in file order
 * @param baseline the sentence that names what the plan compared calendar.yaml with; empty when no plan ran
 * @param planMarkdown the plan as the Markdown renderer wrote it; empty when no plan ran
 * @param notes sentences about the outcome, such as an apply result or why nothing was applied
 * @param commit the commit the run checked, with a link; empty outside GitHub
 */
public record RunReport(
        String calendarFile,
        boolean validated,
        int meetings,
        List<Problem> problems,
        Optional<String> baseline,
        Optional<String> planMarkdown,
        List<String> notes,
        Optional<CommitLink> commit,
        Optional<String> runUrl) {

    public RunReport {
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    public boolean valid() {
        return problems.stream().noneMatch(Problem::isError);
    }

    public long errorCount() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warningCount() {
        return problems.size() - errorCount();
    }

    /**
     * A commit as the report names it: its SHA, its web address and, for a pull request, the SHA of the
     * pull request's head (the checked-out commit is then GitHub's test merge of that head into the base).
     */
    public record CommitLink(String sha, String url, Optional<String> pullRequestHead) {
    }
}
