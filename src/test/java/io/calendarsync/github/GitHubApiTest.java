package io.calendarsync.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GitHubApiTest {

    private static final RepositoryName REPO = RepositoryName.parse("octo/calendar");

    private final FakeGitHub github = new FakeGitHub()
            .token("installation", new FakeGitHub.Account(GitHubIdentity.ACTIONS_BOT, true, true))
            .token("pat", new FakeGitHub.Account(new GitHubIdentity("calendar-bot", "User"), true, false));

    @AfterEach
    void stop() {
        github.close();
    }

    private GitHubApi api(String token) {
        return new GitHubApi(URI.create(github.baseUrl()), token, GitHubApi.defaultHttpClient());
    }

    @Test
    void userOfInstallationTokenIsUnknown() throws Exception {
        assertEquals(Optional.empty(), api("installation").authenticatedUser());
        assertEquals(Optional.of(new GitHubIdentity("calendar-bot", "User")), api("pat").authenticatedUser());
    }

    @Test
    void fileContentIsReadAtRef() throws Exception {
        github.file("octo/calendar", "abc123", "cal/calendar.yaml", "- id: kf001\n  name: Café @team\n");

        assertEquals(Optional.of("- id: kf001\n  name: Café @team\n"),
                api("installation").fileContent(REPO, "cal/calendar.yaml", "abc123"));
        assertEquals(Optional.empty(), api("installation").fileContent(REPO, "cal/calendar.yaml", "def456"));
    }

    @Test
    void branchHeadIsRead() throws Exception {
        github.branch("octo/calendar", "release/2025", "0123456789abcdef");

        assertEquals("0123456789abcdef", api("installation").branchHead(REPO, "release/2025"));
        GitHubApiException missing = assertThrows(GitHubApiException.class,
                () -> api("installation").branchHead(REPO, "gone"));
        assertEquals(404, missing.status());
    }

    @Test
    void badTokenFailsWithoutShowingIt() {
        GitHubApiException error = assertThrows(GitHubApiException.class,
                () -> api("ghp_canary_token_value").issueComments(REPO, 1));

        assertEquals(401, error.status());
        assertTrue(error.getMessage().contains("Bad credentials"), error.getMessage());
        assertFalse(error.getMessage().contains("ghp_canary_token_value"), error.getMessage());
    }

    @Test
    void unreachableServerIsReported() {
        GitHubApi api = new GitHubApi(URI.create("http://127.0.0.1:1"), "installation", GitHubApi.defaultHttpClient());

        GitHubApiException error = assertThrows(GitHubApiException.class, () -> api.issueComments(REPO, 1));

        assertEquals(0, error.status());
        assertTrue(error.getMessage().startsWith("GET /repos/octo/calendar/issues/1/comments failed: no response "
                + "from 127.0.0.1 (ConnectException"), error.getMessage());
    }

    @Test
    void nextLinkIsParsed() {
        String header = "<https://api.github.com/repositories/1/issues/7/comments?page=2>; rel=\"next\", "
                + "<https://api.github.com/repositories/1/issues/7/comments?page=5>; rel=\"last\"";

        assertEquals(Optional.of(URI.create("https://api.github.com/repositories/1/issues/7/comments?page=2")),
                GitHubApi.nextLink(header));
        assertEquals(Optional.empty(), GitHubApi.nextLink("<https://x/?page=1>; rel=\"prev\""));
    }
}
