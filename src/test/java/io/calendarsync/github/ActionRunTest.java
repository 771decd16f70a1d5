package io.calendarsync.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The action run in-process for each event kind, against GitHub and Google served on localhost. */
class ActionRunTest {

    private static final String SAMPLE = "kubeflow-2025-07.yaml";
    private static final int SAMPLE_MEETINGS = 35;

    @TempDir
    Path root;

    private ActionHarness harness;

    @BeforeEach
    void start() throws Exception {
        harness = new ActionHarness(root);
        harness.writeCalendar(ActionHarness.sample(SAMPLE));
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void pullRequestCommentCreatedThenUpdated() throws Exception {
        Map<String, String> env = harness.withGoogle(harness.env("pull_request", ActionHarness.pullRequest("octo/calendar")));

        ActionHarness.Result first = harness.run(env);

        assertEquals(0, first.exitCode(), first.log());
        List<FakeGitHub.StoredComment> comments = harness.comments();
        assertEquals(1, comments.size());
        String body = comments.get(0).body();
        assertTrue(body.startsWith(ReportMarkdown.marker("calendar.yaml") + "\n"), body);
        body = ActionHarness.plain(body);
        assertTrue(body.contains("is valid:** " + SAMPLE_MEETINGS + " meetings"), body);
        assertTrue(body.contains("**Baseline:** the live Google calendar community@group.calendar.google.com."), body);
        assertTrue(body.contains(SAMPLE_MEETINGS + " to create, 0 to update, 0 to remove"), body);
        assertTrue(body.contains("Every 2 weeks on Tuesday, 8:00"), body);
        assertTrue(body.contains("Next occurrences:"), body);
        assertTrue(body.contains("Checked commit [1111111](https://github.com/octo/calendar/commit/"
                + "1111111111111111111111111111111111111111), the test merge of pull request head 3333333"), body);
        assertEquals("true", first.outputs().get("valid"));
        assertEquals("true", first.outputs().get("has-changes"));
        assertEquals(String.valueOf(SAMPLE_MEETINGS), first.outputs().get("created"));
        assertEquals(ActionRun.PLAN_JSON, first.outputs().get("plan-json"));
        assertTrue(Files.readString(harness.workspace.resolve(ActionRun.PLAN_JSON)).contains("\"formatVersion\""));

        harness.writeCalendar(ActionHarness.sample(SAMPLE).replace("name: Kubeflow Community Call",
                "name: Kubeflow Community Meeting"));
        ActionHarness.Result second = harness.run(env);

        assertEquals(0, second.exitCode(), second.log());
        List<FakeGitHub.StoredComment> after = harness.comments();
        assertEquals(1, after.size());
        assertEquals(comments.get(0).id(), after.get(0).id());
        assertTrue(after.get(0).body().contains("Kubeflow Community Meeting will be created"), after.get(0).body());
        assertEquals(1, harness.github.requests("POST", "/repos/octo/calendar/issues/7/comments"));
        assertEquals(1, harness.github.requests("PATCH", "/repos/octo/calendar/issues/comments/"));
        assertTrue(harness.google.journal().writes().isEmpty(), harness.google.journal().writes().toString());
        assertEquals(2, harness.google.journal().listRequests().size());
    }

    @Test
    void forkPullRequestPlansAgainstBase() throws Exception {
        harness.github.file(ActionHarness.REPO, ActionHarness.BASE_SHA, "calendar.yaml",
                ActionHarness.sample("kubeflow-2024-04.yaml"));
        Map<String, String> env = harness.env("pull_request", ActionHarness.pullRequest("mallory/calendar"));
        env.put("INPUT_GITHUB-TOKEN", ActionHarness.READ_ONLY_TOKEN);
        env.put("INPUT_CALENDAR-ID", ActionHarness.CALENDAR_ID);

        ActionHarness.Result result = harness.run(env);

        assertEquals(0, result.exitCode(), result.log());
        assertTrue(harness.comments().isEmpty());
        assertTrue(result.log().contains("::warning::No pull-request comment: the token may not comment here"),
                result.log());
        assertTrue(ActionHarness.plain(result.summary()).contains("**Baseline:** calendar.yaml of the base branch main "
                + "at 2222222, because there are no Google credentials (pull requests from forks get no secrets)."),
                result.summary());
        assertTrue(result.summary().contains("### Calendar plan for"), result.summary());
        assertEquals("true", result.outputs().get("valid"));
        assertEquals("true", result.outputs().get("has-changes"));
        assertTrue(harness.google.journal().entries().isEmpty());
    }

    @Test
    void credentialsFileOfAuthActionIsFound() throws Exception {
        Files.writeString(harness.workspace.resolve("gha-creds-1a2b3c.json"), harness.credentialsJson());
        Map<String, String> env = harness.env("pull_request", ActionHarness.pullRequest("octo/calendar"));
        env.put("INPUT_CALENDAR-ID", ActionHarness.CALENDAR_ID);
        env.put("CALENDAR_SYNC_GOOGLE_API_URL", harness.google.rootUrl());
        env.put("GOOGLE_APPLICATION_CREDENTIALS", "/home/runner/work/calendar/calendar/gha-creds-1a2b3c.json");

        ActionHarness.Result result = harness.run(env);

        assertEquals(0, result.exitCode(), result.log());
        assertTrue(ActionHarness.plain(result.summary()).contains("**Baseline:** the live Google calendar"),
                result.summary());
        assertEquals(1, harness.google.journal().listRequests().size());
    }

    @Test
    void accessTokenInputReadsLiveCalendar() throws Exception {
        Map<String, String> env = harness.env("pull_request", ActionHarness.pullRequest("octo/calendar"));
        env.put("INPUT_CALENDAR-ID", ActionHarness.CALENDAR_ID);
        env.put("CALENDAR_SYNC_GOOGLE_API_URL", harness.google.rootUrl());
        env.put("INPUT_ACCESS-TOKEN", harness.google.issueAccessToken(ActionHarness.BOT));

        ActionHarness.Result result = harness.run(env);

        assertEquals(0, result.exitCode(), result.log());
        assertEquals(String.valueOf(SAMPLE_MEETINGS), result.outputs().get("created"));
        assertEquals(1, harness.google.journal().listRequests().size());
        assertTrue(harness.google.journal().tokenGrants().isEmpty());
    }

    @Test
    void pullRequestWithUnchangedFileSaysNoChanges() throws Exception {
        harness.github.file(ActionHarness.REPO, ActionHarness.BASE_SHA, "calendar.yaml", ActionHarness.sample(SAMPLE));

        ActionHarness.Result result = harness.run(harness.env("pull_request", ActionHarness.pullRequest("octo/calendar")));

        assertEquals(0, result.exitCode(), result.log());
        assertEquals("false", result.outputs().get("has-changes"));
        assertEquals("0", result.outputs().get("created"));
        assertTrue(ActionHarness.plain(harness.comments().get(0).body()).contains("No changes. calendar.yaml of the "
                + "base branch main at 2222222 matches calendar.yaml (35 events)."), harness.comments().get(0).body());
    }

    @Test
    void newCalendarPlansEveryMeeting() throws Exception {
        ActionHarness.Result result = harness.run(harness.env("pull_request", ActionHarness.pullRequest("octo/calendar")));

        assertEquals(0, result.exitCode(), result.log());
        assertEquals(String.valueOf(SAMPLE_MEETINGS), result.outputs().get("created"));
        assertTrue(result.summary().contains("where it does not exist yet"), result.summary());
    }

    @Test
    void pushToDefaultBranchApplies() throws Exception {
        harness.github.branch(ActionHarness.REPO, "main", ActionHarness.PUSHED_SHA);
        Map<String, String> env = harness.withGoogle(harness.env("push", ActionHarness.push("refs/heads/main")));

        ActionHarness.Result first = harness.run(env);

        assertEquals(0, first.exitCode(), first.log());
        assertEquals(SAMPLE_MEETINGS, harness.calendar.liveEvents().size());
        assertEquals(String.valueOf(SAMPLE_MEETINGS), first.outputs().get("created"));
        assertTrue(ActionHarness.plain(first.summary()).contains("Applied to google:community@group.calendar.google.com: "
                + SAMPLE_MEETINGS + " created, 0 updated, 0 removed."), first.summary());
        assertTrue(harness.comments().isEmpty());

        harness.google.journal().clear();
        ActionHarness.Result second = harness.run(env);

        assertEquals(0, second.exitCode(), second.log());
        assertEquals("false", second.outputs().get("has-changes"));
        assertEquals("0", second.outputs().get("created"));
        assertTrue(harness.google.journal().writes().isEmpty());
        assertTrue(second.summary().contains("Nothing to apply"), second.summary());
    }

    @Test
    void pushOfOutdatedCommitStopsBeforeFirstWrite() throws Exception {
        harness.github.branch(ActionHarness.REPO, "main", "5555555555555555555555555555555555555555");

        ActionHarness.Result result = harness.run(harness.withGoogle(harness.env("push", ActionHarness.push("refs/heads/main"))));

        assertEquals(0, result.exitCode(), result.log());
        assertTrue(harness.google.journal().writes().isEmpty());
        assertTrue(result.log().contains("::notice::Not applied: 4444444 is no longer the head of main; the run for "
                + "the newer commit 5555555 applies instead."), result.log());
        assertEquals(String.valueOf(SAMPLE_MEETINGS), result.outputs().get("created"));
    }

    @Test
    void pushToOtherBranchOnlyPlans() throws Exception {
        ActionHarness.Result result = harness.run(harness.withGoogle(harness.env("push", ActionHarness.push("refs/heads/next"))));

        assertEquals(0, result.exitCode(), result.log());
        assertTrue(harness.google.journal().writes().isEmpty());
        assertEquals(1, harness.google.journal().listRequests().size());
        assertEquals("true", result.outputs().get("has-changes"));
        assertEquals(0, harness.github.requests("GET", "/repos/octo/calendar/git/ref/"));
    }

    @Test
    void workflowDispatchDryRunPlansAndOtherwiseApplies() throws Exception {
        Map<String, String> env = harness.withGoogle(harness.env("workflow_dispatch", "{}"));
        env.put("INPUT_DRY-RUN", "true");

        ActionHarness.Result dryRun = harness.run(env);

        assertEquals(0, dryRun.exitCode(), dryRun.log());
        assertTrue(harness.google.journal().writes().isEmpty());
        assertEquals("true", dryRun.outputs().get("has-changes"));

        env.put("INPUT_DRY-RUN", "false");
        ActionHarness.Result apply = harness.run(env);

        assertEquals(0, apply.exitCode(), apply.log());
        assertEquals(SAMPLE_MEETINGS, harness.calendar.liveEvents().size());
    }

    @Test
    void invalidCalendarFailsWithAnnotationsAndComment() throws Exception {
        harness.writeCalendar("""
                - id: kf001
                  name: Broken date
                  date: 13/07/2025
                  time: 9:00AM-10:00AM
                - id: kf002
                  name: Fine
                  date: 08/15/2025
                  time: 9:00AM-10:00AM
                  until: 08/15/2025
                """);

        ActionHarness.Result result = harness.run(harness.withGoogle(harness.env("pull_request",
                ActionHarness.pullRequest("octo/calendar"))));

        assertEquals(1, result.exitCode(), result.log());
        assertTrue(result.log().contains("::error file=calendar.yaml,line=3,col=9,title=kf001.date::"), result.log());
        assertTrue(result.log().contains("::warning file=calendar.yaml,line=9,"), result.log());
        assertEquals("false", result.outputs().get("valid"));
        assertEquals("", result.outputs().get("has-changes"));
        String body = ActionHarness.plain(harness.comments().get(0).body());
        assertTrue(body.contains("❌ **calendar.yaml is invalid:** 1 error, 1 warning"), body);
        assertTrue(body.contains("- **error** at line 3, column 9 in kf001.date:"), body);
        assertTrue(harness.google.journal().entries().isEmpty());
    }

    @Test
    void calendarTextIsEscapedInCommentAndLog() throws Exception {
        harness.writeCalendar("""
                - id: kf001
                  name: "@octocat <b>sync</b> #12 ::error::pwned"
                  date: 09/02/2025
                  time: 9:00AM-10:00AM
                  description: |
                    first line
                    ::add-mask::visible
                """);

        ActionHarness.Result result = harness.run(harness.withGoogle(harness.env("pull_request",
                ActionHarness.pullRequest("octo/calendar"))));

        assertEquals(0, result.exitCode(), result.log());
        String body = harness.comments().get(0).body();
        assertFalse(body.contains("@octocat"), body);
        assertFalse(body.contains("#12"), body);
        assertFalse(body.contains("<b>"), body);
        assertTrue(body.contains("@\u2060octocat"), body);
        assertCommandsOnlyOutsideStopBlocks(result.log());
    }

    @Test
    void longPlanCutInCommentOnly() throws Exception {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            yaml.append(String.format("""
                    - id: kf%04d
                      name: Working group meeting number %d with a fairly long title
                      date: 09/%02d/2025
                      time: 9:00AM-10:00AM
                      frequency: weekly
                    """, 1000 + i, i, 1 + i % 28));
        }
        harness.writeCalendar(yaml.toString());

        ActionHarness.Result result = harness.run(harness.withGoogle(harness.env("pull_request",
                ActionHarness.pullRequest("octo/calendar"))));

        assertEquals(0, result.exitCode(), result.log());
        String body = harness.comments().get(0).body();
        assertTrue(body.length() <= ReportMarkdown.MAX_COMMENT_CHARS, "length " + body.length());
        assertTrue(body.endsWith("The whole report is in the [job summary]"
                + "(https://github.com/octo/calendar/actions/runs/42).\n"), body.substring(body.length() - 300));
        assertTrue(result.summary().length() > ReportMarkdown.MAX_COMMENT_CHARS, "length " + result.summary().length());
        assertTrue(result.summary().contains("kf1399"));
    }

    @Test
    void secretsAreMaskedAndAppearNowhereElse() throws Exception {
        harness.github.branch(ActionHarness.REPO, "main", ActionHarness.PUSHED_SHA);
        Map<String, String> env = harness.withGoogle(harness.env("push", ActionHarness.push("refs/heads/main")));

        ActionHarness.Result result = harness.run(env);

        assertEquals(0, result.exitCode(), result.log());
        assertTrue(result.log().contains("::add-mask::" + ActionHarness.CLIENT_SECRET + "\n"), result.log());
        assertTrue(result.log().contains("::add-mask::" + ActionHarness.GITHUB_TOKEN + "\n"), result.log());
        for (String line : result.log().split("\n")) {
            if (!line.startsWith("::add-mask::")) {
                assertFalse(line.contains(ActionHarness.CLIENT_SECRET), line);
                assertFalse(line.contains(harness.refreshToken), line);
                assertFalse(line.contains(ActionHarness.GITHUB_TOKEN), line);
            }
        }
        for (String text : List.of(result.summary(), result.outputs().toString(),
                Files.readString(harness.workspace.resolve(ActionRun.PLAN_JSON)))) {
            assertFalse(text.contains(ActionHarness.CLIENT_SECRET));
            assertFalse(text.contains(harness.refreshToken));
        }
    }

    @Test
    void massRemovalIsRefusedWithExitThree() throws Exception {
        harness.github.branch(ActionHarness.REPO, "main", ActionHarness.PUSHED_SHA);
        Map<String, String> env = harness.withGoogle(harness.env("push", ActionHarness.push("refs/heads/main")));
        assertEquals(0, harness.run(env).exitCode());
        harness.writeCalendar("# every meeting was commented out\n");
        harness.google.journal().clear();

        ActionHarness.Result result = harness.run(env);

        assertEquals(3, result.exitCode(), result.log());
        assertTrue(result.log().contains("::error::Apply refused: calendar.yaml has no meetings and this plan removes "),
                result.log());
        assertTrue(result.log().contains("the allow-mass-removal input set to true"), result.log());
        assertTrue(harness.google.journal().writes().isEmpty());
        assertEquals(SAMPLE_MEETINGS, harness.calendar.liveEvents().size());
    }

    @Test
    void applyWithoutCalendarIsUsageError() throws Exception {
        harness.github.branch(ActionHarness.REPO, "main", ActionHarness.PUSHED_SHA);

        ActionHarness.Result result = harness.run(harness.env("push", ActionHarness.push("refs/heads/main")));

        assertEquals(2, result.exitCode(), result.log());
        assertTrue(result.log().contains("::error::cannot apply: no calendar-id is set; set the calendar-id input"),
                result.log());
        assertEquals("true", result.outputs().get("valid"));
    }

    @Test
    void badInputIsUsageErrorNamingIt() throws Exception {
        Map<String, String> env = harness.env("pull_request", ActionHarness.pullRequest("octo/calendar"));
        env.put("INPUT_DRY-RUN", "yes");

        ActionHarness.Result result = harness.run(env);

        assertEquals(2, result.exitCode());
        assertTrue(result.log().contains("::error::input 'dry-run': 'yes' is not a boolean; write true or false"),
                result.log());
        assertTrue(harness.comments().isEmpty());
    }

    @Test
    void tokensWithLineBreakFailCleanly() throws Exception {
        Map<String, String> github = harness.env("pull_request", ActionHarness.pullRequest("octo/calendar"));
        github.put("INPUT_GITHUB-TOKEN", "ghs_canary_first\nX-Injected: 1");
        Map<String, String> google = harness.env("pull_request", ActionHarness.pullRequest("octo/calendar"));
        google.put("INPUT_CALENDAR-ID", ActionHarness.CALENDAR_ID);
        google.put("CALENDAR_SYNC_GOOGLE_API_URL", harness.google.rootUrl());
        google.put("INPUT_ACCESS-TOKEN", "ya29.canary_first\nsecond");

        ActionHarness.Result githubResult = harness.run(github);
        ActionHarness.Result googleResult = harness.run(google);

        assertEquals(2, githubResult.exitCode(), githubResult.log());
        assertTrue(githubResult.log().contains("::error::input 'github-token' contains a line break"), githubResult.log());
        assertEquals(3, googleResult.exitCode(), googleResult.log());
        assertTrue(googleResult.log().contains("::error::the --access-token option contains a line break"),
                googleResult.log());
        for (String line : (githubResult.log() + googleResult.log()).split("\n")) {
            if (!line.startsWith("::add-mask::")) {
                assertFalse(line.contains("canary_first"), line);
            }
        }
        assertTrue(harness.google.journal().entries().isEmpty());
    }

    @Test
    void commentCountsProblemsPastListLimit() throws Exception {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < 600; i++) {
            yaml.append("- id: wg-").append(1000 + i)
                    .append("\n  name: Sync\n  date: 13/45/2025\n  time: 8:00AM-9:00AM\n");
        }
        harness.writeCalendar(yaml.toString());

        ActionHarness.Result result = harness.run(harness.env("pull_request", ActionHarness.pullRequest("octo/calendar")));

        assertEquals(1, result.exitCode(), result.log());
        String body = ActionHarness.plain(harness.comments().get(0).body());
        assertTrue(body.contains("calendar.yaml is invalid:** 1200 errors."), body.substring(0, 300));
        assertTrue(ActionHarness.plain(result.summary()).contains("calendar.yaml is invalid:** 1200 errors."),
                result.summary().substring(0, 300));
    }

    @Test
    void invalidUtf8IsAnnotatedOnItsLine() throws Exception {
        byte[] start = "- id: kf100\n  name: caf".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = Arrays.copyOf(start, start.length + 2);
        bytes[start.length] = (byte) 0xE9;
        bytes[start.length + 1] = '\n';
        Files.write(harness.workspace.resolve("calendar.yaml"), bytes);

        ActionHarness.Result result = harness.run(harness.env("pull_request", ActionHarness.pullRequest("octo/calendar")));

        assertEquals(1, result.exitCode(), result.log());
        assertTrue(result.log().contains("::error file=calendar.yaml,line=2,col=12,title=calendar.yaml::the file is not"
                + " valid UTF-8 (byte 0xE9)"), result.log());
        assertEquals("false", result.outputs().get("valid"));
    }

    @Test
    void missingCalendarFileFailsLikeCli() throws Exception {
        Map<String, String> env = harness.env("pull_request", ActionHarness.pullRequest("octo/calendar"));
        env.put("INPUT_CALENDAR-FILE", "team/calendar.yaml");

        ActionHarness.Result result = harness.run(env);

        assertEquals(1, result.exitCode());
        assertTrue(result.log().contains("::error::team/calendar.yaml not found in the workspace"), result.log());
        String summary = ActionHarness.plain(result.summary());
        assertTrue(summary.contains("> calendar-sync failed: team/calendar.yaml not found in the workspace"), summary);
        assertTrue(summary.contains("**team/calendar.yaml was not validated.**"), summary);
    }

    @Test
    void validateModeNeedsNoGitHubOrGoogle() throws Exception {
        Map<String, String> env = Map.of("GITHUB_WORKSPACE", harness.workspace.toString(), "INPUT_MODE", "validate");

        ActionHarness.Result result = harness.run(env);

        assertEquals(0, result.exitCode(), result.log());
        assertTrue(harness.google.journal().entries().isEmpty());
        assertEquals(0, harness.github.server().getAllServeEvents().size());
    }

    @Test
    void strictInputFailsOnWarnings() throws Exception {
        harness.writeCalendar("""
                - id: kf100
                  name: Late call
                  date: 01/07/2026
                  time: 11:00PM-1:00AM
                """);
        Map<String, String> lenient = Map.of("GITHUB_WORKSPACE", harness.workspace.toString(), "INPUT_MODE", "validate");
        Map<String, String> strict = Map.of("GITHUB_WORKSPACE", harness.workspace.toString(), "INPUT_MODE", "validate",
                "INPUT_STRICT", "true");

        ActionHarness.Result passed = harness.run(lenient);
        ActionHarness.Result failed = harness.run(strict);

        assertEquals(0, passed.exitCode(), passed.log());
        assertTrue(passed.log().contains("::warning file=calendar.yaml,line=4"), passed.log());
        assertEquals(1, failed.exitCode(), failed.log());
        assertTrue(failed.log().contains("::error file=calendar.yaml,line=4"), failed.log());
        assertTrue(failed.log().contains("because the strict input is true"), failed.log());
    }

    /**
     * Checks that every line the runner would read as a workflow command is one the action meant: text from
     * calendar.yaml may start with {@code ::} only between {@code ::stop-commands::} and its end token.
     */
    private static void assertCommandsOnlyOutsideStopBlocks(String log) {
        String endToken = null;
        boolean sawBlock = false;
        for (String line : log.split("\n")) {
            if (endToken != null) {
                if (line.equals(endToken)) {
                    endToken = null;
                }
                continue;
            }
            String trimmed = line.stripLeading();
            if (trimmed.startsWith("::stop-commands::")) {
                endToken = "::" + trimmed.substring("::stop-commands::".length()) + "::";
                sawBlock = true;
                continue;
            }
            if (trimmed.startsWith("::")) {
                assertTrue(trimmed.matches("::(add-mask|error|warning|notice)( [^:]*)?::.*"), line);
                assertFalse(trimmed.contains("pwned") || trimmed.contains("::add-mask::visible"), line);
            }
        }
        assertTrue(sawBlock, log);
    }
}
