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
 * @param problems the errors and warnings of the validation, in file order; past a limit only counted
 * @param errorCount the number of errors, listed or only counted
 * @param warningCount the number of warnings, listed or only counted
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
        long errorCount,
        long warningCount,
        Optional<String> baseline,
        Optional<String> planMarkdown,
        List<String> notes,
        Optional<CommitLink> commit,
        Optional<String> runUrl) {

    public RunReport {
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    /** A report whose problems are all listed, so the counts come from the list. */
    public RunReport(String calendarFile, boolean validated, int meetings, List<Problem> problems,
            Optional<String> baseline, Optional<String> planMarkdown, List<String> notes, Optional<CommitLink> commit,
            Optional<String> runUrl) {
        this(calendarFile, validated, meetings, problems, problems.stream().filter(Problem::isError).count(),
                problems.stream().filter(problem -> !problem.isError()).count(), baseline, planMarkdown, notes, commit,
                runUrl);
    }

    public boolean valid() {
        return errorCount == 0;
    }

    /**
     * A commit as the report names it: its SHA, its web address and, for a pull request, the SHA of the
     * pull request's head (the checked-out commit is then GitHub's test merge of that head into the base).
     */
    public record CommitLink(String sha, String url, Optional<String> pullRequestHead) {
    }
}
