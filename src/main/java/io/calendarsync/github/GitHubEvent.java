package io.calendarsync.github;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.calendarsync.model.CalendarSyncException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The event that started the workflow run: its name ({@code GITHUB_EVENT_NAME}) and the webhook payload the
 * runner wrote to {@code GITHUB_EVENT_PATH}. Absent fields read as empty, so a payload of another event
 * kind, or none at all, is not an error.
 */
public final class GitHubEvent {

    private final String name;
    private final JsonObject payload;

    GitHubEvent(String name, JsonObject payload) {
        this.name = name;
        this.payload = payload;
    }

    /** Reads the event from the runner's variables; an unreadable payload file is a usage error. */
    public static GitHubEvent from(Map<String, String> env, Path workspace) {
        String name = env.getOrDefault("GITHUB_EVENT_NAME", "").strip();
        String path = env.getOrDefault("GITHUB_EVENT_PATH", "").strip();
        if (path.isEmpty()) {
            return new GitHubEvent(name, new JsonObject());
        }
        Path file = workspace.resolve(path);
        try {
            JsonElement json = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8));
            if (!json.isJsonObject()) {
                throw CalendarSyncException.usage("the event payload " + file + " (GITHUB_EVENT_PATH) is not a JSON "
                        + "object; the runner writes it, so check the variable");
            }
            return new GitHubEvent(name, json.getAsJsonObject());
        } catch (IOException e) {
            throw CalendarSyncException.usage("cannot read the event payload " + file + " (GITHUB_EVENT_PATH): " + e);
        } catch (JsonParseException e) {
            throw CalendarSyncException.usage("the event payload " + file + " (GITHUB_EVENT_PATH) is not valid JSON: "
                    + e.getMessage());
        }
    }

    public String name() {
        return name;
    }

    public boolean isPullRequest() {
        return name.equals("pull_request") || name.equals("pull_request_target");
    }

    public OptionalLong pullRequestNumber() {
        return number("pull_request", "number").isPresent() ? number("pull_request", "number") : number("number");
    }

    /** Returns the commit the pull request's base branch pointed at when the event fired. */
    public Optional<String> baseSha() {
        return text("pull_request", "base", "sha");
    }

    public Optional<String> baseRef() {
        return text("pull_request", "base", "ref");
    }

    public Optional<String> headSha() {
        return text("pull_request", "head", "sha");
    }

    /**
     * Returns whether the pull request comes from another repository. Such runs get no secrets and a
     * read-only token. A head repository that was deleted counts as a fork too.
     */
    public boolean fromFork() {
        Optional<String> head = text("pull_request", "head", "repo", "full_name");
        Optional<String> base = text("pull_request", "base", "repo", "full_name");
        return isPullRequest() && (head.isEmpty() || !head.equals(base));
    }

    public Optional<String> defaultBranch() {
        return text("repository", "default_branch");
    }

    /** Returns the pushed ref of a push event, such as {@code refs/heads/main}. */
    public Optional<String> pushedRef() {
        return text("ref");
    }

    /** Returns the commit a push event moved the ref to. */
    public Optional<String> pushedSha() {
        return text("after");
    }

    private Optional<String> text(String... path) {
        return node(path).filter(JsonElement::isJsonPrimitive).map(JsonElement::getAsString).filter(s -> !s.isBlank());
    }

    private OptionalLong number(String... path) {
        Optional<JsonElement> node = node(path)
                .filter(value -> value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber());
        return node.isPresent() ? OptionalLong.of(node.get().getAsLong()) : OptionalLong.empty();
    }

    private Optional<JsonElement> node(String... path) {
        JsonElement current = payload;
        for (String key : path) {
            if (current == null || !current.isJsonObject()) {
                return Optional.empty();
            }
            current = current.getAsJsonObject().get(key);
        }
        return Optional.ofNullable(current).filter(value -> !value.isJsonNull());
    }
}
