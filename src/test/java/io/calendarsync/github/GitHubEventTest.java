package io.calendarsync.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.calendarsync.model.CalendarSyncException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitHubEventTest {

    @TempDir
    Path dir;

    private GitHubEvent read(String name, String payload) throws Exception {
        Path file = dir.resolve("event.json");
        Files.writeString(file, payload);
        return GitHubEvent.from(Map.of("GITHUB_EVENT_NAME", name, "GITHUB_EVENT_PATH", file.toString()), dir);
    }

    @Test
    void pullRequestFieldsAreRead() throws Exception {
        GitHubEvent event = read("pull_request", "{\"number\": 7, \"pull_request\": {\"number\": 7,"
                + " \"base\": {\"ref\": \"main\", \"sha\": \"b\", \"repo\": {\"full_name\": \"octo/cal\"}},"
                + " \"head\": {\"sha\": \"h\", \"repo\": {\"full_name\": \"octo/cal\"}}}}");

        assertTrue(event.isPullRequest());
        assertEquals(OptionalLong.of(7), event.pullRequestNumber());
        assertEquals(Optional.of("b"), event.baseSha());
        assertEquals(Optional.of("main"), event.baseRef());
        assertEquals(Optional.of("h"), event.headSha());
        assertFalse(event.fromFork());
    }

    @Test
    void forkIsDetectedByHeadRepository() throws Exception {
        GitHubEvent fork = read("pull_request", "{\"pull_request\": {\"base\": {\"repo\": {\"full_name\": \"octo/cal\"}},"
                + " \"head\": {\"repo\": {\"full_name\": \"mallory/cal\"}}}}");
        GitHubEvent deletedFork = read("pull_request", "{\"pull_request\": {\"base\": {\"repo\": {\"full_name\": \"octo/cal\"}},"
                + " \"head\": {\"repo\": null}}}");

        assertTrue(fork.fromFork());
        assertTrue(deletedFork.fromFork());
    }

    @Test
    void missingPayloadReadsAsEmpty() {
        GitHubEvent event = GitHubEvent.from(Map.of(), dir);

        assertEquals("", event.name());
        assertEquals(OptionalLong.empty(), event.pullRequestNumber());
        assertEquals(Optional.empty(), event.defaultBranch());
    }

    @Test
    void invalidPayloadIsUsageError() {
        CalendarSyncException error = assertThrows(CalendarSyncException.class, () -> read("push", "{not json"));

        assertEquals(CalendarSyncException.Kind.USAGE, error.kind());
        assertTrue(error.getMessage().contains("(GITHUB_EVENT_PATH) is not valid JSON"), error.getMessage());
    }
}
