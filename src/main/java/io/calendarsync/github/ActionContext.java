package io.calendarsync.github;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The settings the runner passes to a step in its environment besides the inputs: the workspace, the
 * repository, the commit, the API and web addresses, and the files for outputs and the job summary.
 * Outside GitHub the values that only GitHub sets are empty.
 */
public record ActionContext(
        Path workspace,
        Optional<RepositoryName> repository,
        String sha,
        URI apiUrl,
        String serverUrl,
        Optional<String> runUrl,
        Optional<Path> outputFile,
        Optional<Path> summaryFile) {

    static final String DEFAULT_API_URL = "https://api.github.com";
    static final String DEFAULT_SERVER_URL = "https://github.com";

    /** Reads the context; {@code workingDirectory} is the workspace when GITHUB_WORKSPACE is not set. */
    public static ActionContext from(Map<String, String> env, Path workingDirectory) {
        Path workspace = variable(env, "GITHUB_WORKSPACE").map(Path::of).orElse(workingDirectory);
        Optional<RepositoryName> repository = variable(env, "GITHUB_REPOSITORY").map(RepositoryName::parse);
        String serverUrl = variable(env, "GITHUB_SERVER_URL").orElse(DEFAULT_SERVER_URL).replaceAll("/+$", "");
        Optional<String> runUrl = repository.flatMap(repo -> variable(env, "GITHUB_RUN_ID")
                .filter(id -> id.matches("\\d+"))
                .map(id -> serverUrl + "/" + repo + "/actions/runs/" + id));
        return new ActionContext(
                workspace,
                repository,
                variable(env, "GITHUB_SHA").orElse(""),
                URI.create(variable(env, "GITHUB_API_URL").orElse(DEFAULT_API_URL)),
                serverUrl,
                runUrl,
                variable(env, "GITHUB_OUTPUT").map(workspace::resolve),
                variable(env, "GITHUB_STEP_SUMMARY").map(workspace::resolve));
    }

    /** Returns the web address of a commit of this repository, or empty outside GitHub. */
    public Optional<String> commitUrl(String commitSha) {
        if (commitSha.isEmpty() || !commitSha.matches("[0-9a-fA-F]+")) {
            return Optional.empty();
        }
        return repository.map(repo -> serverUrl + "/" + repo + "/commit/" + commitSha);
    }

    private static Optional<String> variable(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(value -> !value.isEmpty());
    }
}
