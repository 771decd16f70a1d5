package io.calendarsync.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.calendarsync.model.Problem;
import io.calendarsync.model.Severity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportMarkdownTest {

    private static final String RUN = "https://github.com/octo/calendar/actions/runs/42";
    private static final RunReport.CommitLink COMMIT = new RunReport.CommitLink(
            "0123456789abcdef0123456789abcdef01234567", "https://github.com/octo/calendar/commit/0123456789abcdef",
            Optional.of("fedcba9876543210fedcba9876543210fedcba98"));

    private static RunReport report(List<Problem> problems, Optional<String> plan) {
        return new RunReport("calendar.yaml", true, 35, problems, Optional.of("calendar.yaml of the base branch main."),
                plan, List.of(), Optional.of(COMMIT), Optional.of(RUN));
    }

    @Test
    void commentStartsWithMarker() {
        String comment = ReportMarkdown.comment(report(List.of(), Optional.of("### Plan\n")));

        assertTrue(comment.startsWith("<!-- calendar-sync:plan file=calendar.yaml -->\n## calendar-sync: "), comment);
        assertEquals("<!-- calendar-sync:plan file=team%2Fcal+--%3E.yaml -->", ReportMarkdown.marker("team/cal -->.yaml"));
    }

    @Test
    void validReportShowsCountsBaselineAndCommit() {
        Problem warning = new Problem(Severity.WARNING, "calendar.yaml", 12, 3, "kf032", "until",
                "until without frequency", "remove until");

        String summary = ReportMarkdown.summary(report(List.of(warning), Optional.of("### Plan\n\nNo changes.\n")));

        assertTrue(summary.contains("✅ **calendar\\.yaml is valid:** 35 meetings, 1 warning.\n"), summary);
        assertTrue(summary.contains("- **warning** at line 12, column 3 in kf032\\.until: until without frequency. "
                + "Fix: remove until\n"), summary);
        assertTrue(summary.contains("**Baseline:** calendar\\.yaml of the base branch main\\."), summary);
        assertTrue(summary.contains("### Plan\n\nNo changes.\n"), summary);
        assertTrue(summary.contains("Checked commit [0123456](https://github.com/octo/calendar/commit/0123456789abcdef)"
                + ", the test merge of pull request head fedcba9 in [this run](" + RUN + ")."), summary);
        assertFalse(summary.contains("<!--"), summary);
    }

    @Test
    void invalidReportCountsErrorsAndWarnings() {
        List<Problem> problems = List.of(
                new Problem(Severity.ERROR, "calendar.yaml", 3, 9, "kf050", "date", "bad date", ""),
                new Problem(Severity.ERROR, "calendar.yaml", 9, 9, "kf051", "time", "bad time", ""),
                new Problem(Severity.WARNING, "calendar.yaml", 20, 1, "", "", "odd", ""));

        String summary = ReportMarkdown.summary(report(problems, Optional.empty()));

        assertTrue(summary.contains("❌ **calendar\\.yaml is invalid:** 2 errors, 1 warning. Nothing is planned"), summary);
        assertTrue(summary.contains("- **error** at line 3, column 9 in kf050\\.date: bad date\n"), summary);
        assertTrue(summary.contains("- **warning** at line 20, column 1: odd\n"), summary);
    }

    @Test
    void calendarTextCannotInjectMarkupOrPing() {
        Problem problem = new Problem(Severity.ERROR, "calendar.yaml", 5, 9, "kf001", "name",
                "<img src=x onerror=alert(1)> [click](https://evil.example) @octocat fixes #12", "");

        String comment = ReportMarkdown.comment(report(List.of(problem), Optional.empty()));

        assertFalse(comment.contains("<img"), comment);
        assertFalse(comment.contains("[click](https"), comment);
        assertFalse(comment.contains("@octocat"), comment);
        assertFalse(comment.contains("#12"), comment);
        assertTrue(comment.contains("&lt;img"), comment);
        assertTrue(comment.contains("@\u2060octocat"), comment);
    }

    @Test
    void longCommentIsCutWithPointerToSummary() {
        String plan = "### Plan\n\n" + "- `+` kf001 will be created with a fairly long line of text\n".repeat(2_000);

        RunReport report = report(List.of(), Optional.of(plan));
        String comment = ReportMarkdown.comment(report);
        String summary = ReportMarkdown.summary(report);

        assertTrue(comment.length() <= ReportMarkdown.MAX_COMMENT_CHARS, "length " + comment.length());
        assertTrue(comment.length() > ReportMarkdown.MAX_COMMENT_CHARS - 1_000, "length " + comment.length());
        assertTrue(comment.endsWith("The whole report is in the [job summary](" + RUN + ").\n"), comment);
        assertTrue(summary.length() > 100_000, "length " + summary.length());
        assertTrue(summary.endsWith(".</sub>\n"), summary.substring(summary.length() - 200));
    }

    @Test
    void reportWithoutValidationSaysSo() {
        RunReport report = new RunReport("calendar.yaml", false, 0, List.of(), Optional.empty(), Optional.empty(),
                List.of("calendar-sync failed: calendar.yaml not found"), Optional.empty(), Optional.empty());

        String summary = ReportMarkdown.summary(report);

        assertTrue(summary.contains("⚠️ **calendar\\.yaml was not validated.**\n"), summary);
        assertFalse(summary.contains("is valid"), summary);
        assertTrue(summary.contains("> calendar\\-sync failed\\: calendar\\.yaml not found"), summary);
    }

    @Test
    void shortShaKeepsOnlyHexDigits() {
        assertEquals("abc1234", ReportMarkdown.shortSha("abc1234def"));
        assertEquals("abc", ReportMarkdown.shortSha("a](x)b<c"));
    }
}
