package io.calendarsync.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StickyCommentTest {

    private static final String REPO = "octo/calendar";
    private static final GitHubIdentity HUMAN = new GitHubIdentity("alice", "User");
    private static final String MARKER = ReportMarkdown.marker("calendar.yaml");

    private final FakeGitHub github = new FakeGitHub()
            .token("installation", new FakeGitHub.Account(GitHubIdentity.ACTIONS_BOT, true, true))
            .token("read-only", new FakeGitHub.Account(GitHubIdentity.ACTIONS_BOT, false, true))
            .token("pat", new FakeGitHub.Account(new GitHubIdentity("calendar-bot", "User"), true, false));

    @AfterEach
    void stop() {
        github.close();
    }

    private StickyComment sticky(String token) {
        GitHubApi api = new GitHubApi(URI.create(github.baseUrl()), token, GitHubApi.defaultHttpClient());
        return new StickyComment(api, RepositoryName.parse(REPO), 7);
    }

    @Test
    void firstRunCreatesThenLaterRunsUpdate() throws Exception {
        StickyComment.Outcome first = sticky("installation").publish(MARKER, MARKER + "\nfirst");
        StickyComment.Outcome second = sticky("installation").publish(MARKER, MARKER + "\nsecond");
        StickyComment.Outcome third = sticky("installation").publish(MARKER, MARKER + "\nsecond");

        assertEquals(StickyComment.Action.CREATED, first.action());
        assertEquals(StickyComment.Action.UPDATED, second.action());
        assertEquals(StickyComment.Action.UNCHANGED, third.action());
        assertEquals(first.comment().id(), second.comment().id());
        List<FakeGitHub.StoredComment> stored = github.comments(REPO, 7);
        assertEquals(1, stored.size());
        assertEquals(MARKER + "\nsecond", stored.get(0).body());
        assertEquals(GitHubIdentity.ACTIONS_BOT, stored.get(0).author());
        assertEquals(1, github.requests("POST", "/repos/octo/calendar/issues/7/comments"));
        assertEquals(1, github.requests("PATCH", "/repos/octo/calendar/issues/comments/"));
    }

    @Test
    void commentQuotingMarkerByHumanIsLeftAlone() throws Exception {
        FakeGitHub.StoredComment quote = github.addComment(REPO, 7, MARKER + "\nI copied the bot's comment", HUMAN);

        sticky("installation").publish(MARKER, MARKER + "\nplan");

        List<FakeGitHub.StoredComment> stored = github.comments(REPO, 7);
        assertEquals(2, stored.size());
        assertEquals(quote, stored.get(0));
        assertEquals(GitHubIdentity.ACTIONS_BOT, stored.get(1).author());
    }

    @Test
    void otherFileCommentIsLeftAlone() throws Exception {
        String otherMarker = ReportMarkdown.marker("team/calendar.yaml");
        github.addComment(REPO, 7, otherMarker + "\nother plan", GitHubIdentity.ACTIONS_BOT);

        sticky("installation").publish(MARKER, MARKER + "\nplan");

        List<FakeGitHub.StoredComment> stored = github.comments(REPO, 7);
        assertEquals(2, stored.size());
        assertEquals(otherMarker + "\nother plan", stored.get(0).body());
    }

    @Test
    void ownCommentIsFoundOnLaterPage() throws Exception {
        for (int i = 0; i < 250; i++) {
            github.addComment(REPO, 7, "comment " + i, HUMAN);
        }
        FakeGitHub.StoredComment own = github.addComment(REPO, 7, MARKER + "\nold", GitHubIdentity.ACTIONS_BOT);

        StickyComment.Outcome outcome = sticky("installation").publish(MARKER, MARKER + "\nnew");

        assertEquals(StickyComment.Action.UPDATED, outcome.action());
        assertEquals(own.id(), outcome.comment().id());
        assertEquals(251, github.comments(REPO, 7).size());
        assertEquals(3, github.requests("GET", "/repos/octo/calendar/issues/7/comments"));
    }

    @Test
    void personalTokenFindsItsOwnUser() throws Exception {
        github.addComment(REPO, 7, MARKER + "\nby the default token", GitHubIdentity.ACTIONS_BOT);

        sticky("pat").publish(MARKER, MARKER + "\nby the PAT");
        StickyComment.Outcome again = sticky("pat").publish(MARKER, MARKER + "\nby the PAT, again");

        assertEquals(StickyComment.Action.UPDATED, again.action());
        List<FakeGitHub.StoredComment> stored = github.comments(REPO, 7);
        assertEquals(2, stored.size());
        assertEquals(MARKER + "\nby the default token", stored.get(0).body());
        assertEquals("calendar-bot", stored.get(1).author().login());
    }

    @Test
    void readOnlyTokenIsPermissionDenied() {
        GitHubApiException error = assertThrows(GitHubApiException.class,
                () -> sticky("read-only").publish(MARKER, MARKER + "\nplan"));

        assertTrue(error.permissionDenied(), error.getMessage());
        assertTrue(error.getMessage().contains("Resource not accessible by integration"), error.getMessage());
        assertTrue(github.comments(REPO, 7).isEmpty());
    }
}
