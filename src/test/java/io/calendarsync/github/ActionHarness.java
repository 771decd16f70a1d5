package io.calendarsync.github;

import com.google.gson.JsonObject;
import io.calendarsync.emulator.CalendarEmulator;
import io.calendarsync.emulator.EmulatedCalendar;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the action in-process the way the runner starts the container: a workspace with calendar.yaml,
 * INPUT_* and GITHUB_* variables, an event file, and files for outputs and the summary. GitHub's REST API
 * is a {@link FakeGitHub} and Google's Calendar API the {@link CalendarEmulator}, both on localhost.
 */
final class ActionHarness implements AutoCloseable {

    static final String REPO = "octo/calendar";
    static final String CALENDAR_ID = "community@group.calendar.google.com";
    static final String BOT = "bot@example.org";
    static final String CLIENT_ID = "123-emulated.apps.googleusercontent.com";
    /** Canaries: tests check that neither appears anywhere but in the ::add-mask:: commands. */
    static final String CLIENT_SECRET = "GOCSPX-canary-client-secret";
    static final String GITHUB_TOKEN = "ghs_canary_installation_token";
    static final String READ_ONLY_TOKEN = "ghs_canary_read_only_token";
    static final String HEAD_SHA = "3333333333333333333333333333333333333333";
    static final String BASE_SHA = "2222222222222222222222222222222222222222";
    static final String PUSHED_SHA = "4444444444444444444444444444444444444444";
    static final Instant NOW = Instant.parse("2025-08-01T12:00:00Z");

    final Path workspace;
    final Path fileCommands;
    final FakeGitHub github = new FakeGitHub()
            .token(GITHUB_TOKEN, new FakeGitHub.Account(GitHubIdentity.ACTIONS_BOT, true, true))
            .token(READ_ONLY_TOKEN, new FakeGitHub.Account(GitHubIdentity.ACTIONS_BOT, false, true));
    final CalendarEmulator google = CalendarEmulator.start();
    final EmulatedCalendar calendar;
    final String refreshToken;

    /** The outcome of one run: exit code and everything the step wrote. */
    record Result(int exitCode, String log, Map<String, String> outputs, String summary) {
    }

    ActionHarness(Path root) throws IOException {
        workspace = Files.createDirectories(root.resolve("workspace"));
        fileCommands = Files.createDirectories(root.resolve("file_commands"));
        calendar = google.addCalendar(CALENDAR_ID, ZoneId.of("America/Los_Angeles")).share(BOT, "owner");
        google.registerClient(CLIENT_ID, CLIENT_SECRET);
        refreshToken = google.issueRefreshToken(CLIENT_ID, BOT);
    }

    void writeCalendar(String text) throws IOException {
        Files.writeString(workspace.resolve("calendar.yaml"), text, StandardCharsets.UTF_8);
    }

    static String sample(String name) throws IOException {
        return Files.readString(Path.of("src/test/resources/samples", name), StandardCharsets.UTF_8);
    }

    String credentialsJson() {
        JsonObject json = new JsonObject();
        json.addProperty("type", "authorized_user");
        json.addProperty("client_id", CLIENT_ID);
        json.addProperty("client_secret", CLIENT_SECRET);
        json.addProperty("refresh_token", refreshToken);
        json.addProperty("token_uri", google.tokenUri());
        return json.toString();
    }

    /** Returns the variables of a run for {@code eventName} with {@code payload}, a token that may comment, no Google. */
    Map<String, String> env(String eventName, String payload) throws IOException {
        Path eventFile = fileCommands.resolve("event.json");
        Files.writeString(eventFile, payload, StandardCharsets.UTF_8);
        Files.deleteIfExists(fileCommands.resolve("output"));
        Files.deleteIfExists(fileCommands.resolve("summary"));

        Map<String, String> env = new HashMap<>();
        env.put("GITHUB_WORKSPACE", workspace.toString());
        env.put("GITHUB_EVENT_NAME", eventName);
        env.put("GITHUB_EVENT_PATH", eventFile.toString());
        env.put("GITHUB_REPOSITORY", REPO);
        env.put("GITHUB_SHA", "1111111111111111111111111111111111111111");
        env.put("GITHUB_RUN_ID", "42");
        env.put("GITHUB_SERVER_URL", "https://github.com");
        env.put("GITHUB_API_URL", github.baseUrl());
        env.put("GITHUB_OUTPUT", fileCommands.resolve("output").toString());
        env.put("GITHUB_STEP_SUMMARY", fileCommands.resolve("summary").toString());
        env.put("INPUT_GITHUB-TOKEN", GITHUB_TOKEN);
        env.put("INPUT_CALENDAR-FILE", "calendar.yaml");
        env.put("INPUT_COMMENT", "true");
        return env;
    }

    /** Adds the Google inputs: the calendar ID, the credential JSON and the emulator's address. */
    Map<String, String> withGoogle(Map<String, String> env) {
        env.put("INPUT_CALENDAR-ID", CALENDAR_ID);
        env.put("INPUT_CREDENTIALS", credentialsJson());
        env.put("CALENDAR_SYNC_GOOGLE_API_URL", google.rootUrl());
        return env;
    }

    Result run(Map<String, String> env) throws IOException {
        StringWriter log = new StringWriter();
        ActionRun run = new ActionRun(Clock.fixed(NOW, ZoneOffset.UTC), new PrintWriter(log),
                GitHubApi::defaultHttpClient, workspace);
        int exitCode = run.run(env);
        Path summary = fileCommands.resolve("summary");
        return new Result(exitCode, log.toString(), outputs(fileCommands.resolve("output")),
                Files.exists(summary) ? Files.readString(summary, StandardCharsets.UTF_8) : "");
    }

    static String pullRequest(String headRepository) {
        return """
                {"action": "synchronize", "number": 7,
                 "pull_request": {"number": 7,
                   "base": {"ref": "main", "sha": "%s", "repo": {"full_name": "octo/calendar"}},
                   "head": {"ref": "next", "sha": "%s", "repo": {"full_name": "%s"}}},
                 "repository": {"full_name": "octo/calendar", "default_branch": "main"}}
                """.formatted(BASE_SHA, HEAD_SHA, headRepository);
    }

    static String push(String ref) {
        return """
                {"ref": "%s", "before": "%s", "after": "%s",
                 "repository": {"full_name": "octo/calendar", "default_branch": "main"}}
                """.formatted(ref, BASE_SHA, PUSHED_SHA);
    }

    /** Reads a GITHUB_OUTPUT file, both the {@code name=value} and the {@code name<<DELIMITER} form. */
    static Map<String, String> outputs(Path file) throws IOException {
        Map<String, String> outputs = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return outputs;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int heredoc = line.indexOf("<<");
            int equals = line.indexOf('=');
            if (heredoc > 0 && (equals < 0 || heredoc < equals)) {
                String delimiter = line.substring(heredoc + 2);
                StringBuilder value = new StringBuilder();
                for (i++; !lines.get(i).equals(delimiter); i++) {
                    value.append(value.length() == 0 ? "" : "\n").append(lines.get(i));
                }
                outputs.put(line.substring(0, heredoc), value.toString());
            } else {
                outputs.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        return outputs;
    }

    /**
     * Markdown as a reader sees it: the backslashes that escape punctuation and the word joiners that stop
     * mentions are removed, so assertions can quote plain text.
     */
    static String plain(String markdown) {
        return markdown.replaceAll("\\\\(\\p{Punct})", "$1").replace("\u2060", "");
    }

    List<FakeGitHub.StoredComment> comments() {
        return github.comments(REPO, 7);
    }

    @Override
    public void close() {
        github.close();
        google.close();
    }
}
