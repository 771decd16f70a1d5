package io.calendarsync.github;

import io.calendarsync.model.Problem;
import io.calendarsync.plan.render.MarkdownText;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Writes a {@link RunReport} as GitHub-flavoured Markdown: the pull-request comment (with its hidden marker
 * and cut to GitHub's size limit) and the job summary. Text from calendar.yaml is escaped, so it cannot
 * add markup, HTML, mentions or issue references.
 */
public final class ReportMarkdown {

    /** The maximum comment body GitHub accepts, in characters. */
    public static final int MAX_COMMENT_CHARS = 65_536;

    private ReportMarkdown() {
    }

    /**
     * Returns the hidden first line that finds the comment again on the next run. It names the calendar
     * file, so a repository with several calendars gets one comment per file.
     */
    public static String marker(String calendarFile) {
        return "<!-- calendar-sync:plan file=" + URLEncoder.encode(calendarFile, StandardCharsets.UTF_8) + " -->";
    }

    public static String comment(RunReport report) {
        String note = "\n\n**The comment was cut here** because GitHub comments hold at most "
                + String.format(Locale.ROOT, "%,d", MAX_COMMENT_CHARS) + " characters. "
                + report.runUrl().map(url -> "The whole report is in the [job summary](" + url + ").")
                        .orElse("The whole report is in the job summary of this run.")
                + "\n";
        String text = marker(report.calendarFile()) + "\n" + body(report);
        return Truncation.toChars(text, MAX_COMMENT_CHARS, note);
    }

    public static String summary(RunReport report) {
        return body(report);
    }

    private static String body(RunReport report) {
        StringBuilder out = new StringBuilder();
        out.append("## calendar-sync: ").append(MarkdownText.escape(report.calendarFile())).append("\n\n");
        appendValidation(out, report);

        report.baseline().ifPresent(baseline ->
                out.append("\n**Baseline:** ").append(MarkdownText.escape(baseline)).append("\n"));
        report.planMarkdown().ifPresent(plan -> out.append('\n').append(plan.strip()).append('\n'));

        if (!report.notes().isEmpty()) {
            out.append('\n');
            for (String note : report.notes()) {
                out.append("> ").append(MarkdownText.escape(note)).append("\n>\n");
            }
            out.setLength(out.length() - 2);
        }

        report.commit().ifPresent(commit -> appendCommit(out, commit, report));
        return out.toString();
    }

    private static void appendValidation(StringBuilder out, RunReport report) {
        String file = MarkdownText.escape(report.calendarFile());
        if (!report.validated()) {
            out.append("⚠️ **").append(file).append(" was not validated.**\n");
            return;
        }
        if (report.valid()) {
            out.append("✅ **").append(file).append(" is valid:** ").append(count(report.meetings(), "meeting"));
            if (report.warningCount() > 0) {
                out.append(", ").append(count(report.warningCount(), "warning"));
            }
            out.append(".\n");
        } else {
            out.append("❌ **").append(file).append(" is invalid:** ").append(count(report.errorCount(), "error"));
            if (report.warningCount() > 0) {
                out.append(", ").append(count(report.warningCount(), "warning"));
            }
            out.append(". Nothing is planned or applied until the errors are fixed.\n");
        }

        if (!report.problems().isEmpty()) {
            out.append('\n');
            for (Problem problem : report.problems()) {
                out.append("- ").append(problemLine(problem)).append('\n');
            }
        }
    }

    private static String problemLine(Problem problem) {
        StringBuilder line = new StringBuilder(problem.isError() ? "**error**" : "**warning**");
        if (problem.line() > 0) {
            line.append(" at line ").append(problem.line());
            if (problem.column() > 0) {
                line.append(", column ").append(problem.column());
            }
        }
        String subject = problem.meetingId().isEmpty() ? problem.field()
                : problem.field().isEmpty() ? problem.meetingId() : problem.meetingId() + "." + problem.field();
        if (!subject.isEmpty()) {
            line.append(" in ").append(MarkdownText.escape(subject));
        }
        line.append(": ").append(MarkdownText.escape(problem.message()));
        if (!problem.fix().isEmpty()) {
            line.append(". Fix: ").append(MarkdownText.escape(problem.fix()));
        }
        return line.toString();
    }

    private static void appendCommit(StringBuilder out, RunReport.CommitLink commit, RunReport report) {
        out.append("\n<sub>Checked commit [").append(shortSha(commit.sha())).append("](").append(commit.url()).append(")");
        commit.pullRequestHead().ifPresent(head ->
                out.append(", the test merge of pull request head ").append(shortSha(head)));
        report.runUrl().ifPresent(url -> out.append(" in [this run](").append(url).append(")"));
        out.append(".</sub>\n");
    }

    /** Returns the first 7 characters of a SHA without any non-hex character, so a SHA cannot carry markup. */
    static String shortSha(String sha) {
        String hex = sha.replaceAll("[^0-9a-fA-F]", "");
        return hex.substring(0, Math.min(7, hex.length()));
    }

    private static String count(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
