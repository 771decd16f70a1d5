package io.calendarsync.github;

import io.calendarsync.backend.Target;
import io.calendarsync.backend.google.GoogleOptions;
import io.calendarsync.backend.google.GoogleTargetFactory;
import io.calendarsync.backend.google.SendUpdates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the Google calendar of the action's inputs through the Google target. The {@code credentials}
 * input reaches the credentials resolver as GOOGLE_CREDENTIALS, so it is read like the command-line
 * tool's variable; the variables of the step (GOOGLE_APPLICATION_CREDENTIALS, set by
 * google-github-actions/auth, and CALENDAR_SYNC_GOOGLE_API_URL) are passed on as they are.
 */
public final class GoogleCalendars {

    private static final Logger LOG = LoggerFactory.getLogger(GoogleCalendars.class);

    private static final List<String> CREDENTIAL_VARIABLES =
            List.of("GOOGLE_CREDENTIALS", "GOOGLE_OAUTH_ACCESS_TOKEN", "GOOGLE_APPLICATION_CREDENTIALS");
    private static final String APPLICATION_CREDENTIALS = "GOOGLE_APPLICATION_CREDENTIALS";

    private final Clock clock;

    public GoogleCalendars(Clock clock) {
        this.clock = clock;
    }

    /**
     * Returns whether Google credentials are configured: the {@code credentials} or {@code access-token}
     * input, or a variable the credentials resolver reads, such as GOOGLE_APPLICATION_CREDENTIALS.
     */
    public boolean hasCredentials(ActionInputs inputs, Map<String, String> env) {
        return inputs.hasGoogleCredentialInputs()
                || CREDENTIAL_VARIABLES.stream().anyMatch(name -> !env.getOrDefault(name, "").isBlank());
    }

    /** Opens the calendar; raises a usage or target error with the fix when that fails. */
    public Target open(ActionInputs inputs, Map<String, String> env, ActionContext context) {
        Map<String, String> googleEnv = new HashMap<>(env);
        if (!inputs.credentials().isEmpty()) {
            googleEnv.put("GOOGLE_CREDENTIALS", inputs.credentials());
        }
        containerPath(env.get(APPLICATION_CREDENTIALS), context.workspace())
                .ifPresent(path -> googleEnv.put(APPLICATION_CREDENTIALS, path));

        GoogleOptions options = new GoogleOptions(
                Optional.empty(),
                Optional.of(inputs.accessToken()).filter(token -> !token.isEmpty()),
                Optional.of(inputs.delegatedUser()).filter(user -> !user.isEmpty()),
                SendUpdates.parse(inputs.sendUpdates()),
                Optional.ofNullable(env.get(GoogleOptions.API_URL_ENV)).filter(url -> !url.isBlank()));
        return new GoogleTargetFactory(googleEnv, clock).create(inputs.calendarId(), options);
    }

    /**
     * Finds GOOGLE_APPLICATION_CREDENTIALS inside the container. google-github-actions/auth writes the file
     * into the workspace and names it by its path on the runner, which the container mounts elsewhere
     * ({@code /github/workspace}); a path that does not exist is looked up by its file name there.
     */
    static Optional<String> containerPath(String hostPath, Path workspace) {
        if (hostPath == null || hostPath.isBlank() || Files.exists(Path.of(hostPath))) {
            return Optional.empty();
        }
        Path fileName = Path.of(hostPath).getFileName();
        if (fileName == null) {
            return Optional.empty();
        }
        Path inWorkspace = workspace.resolve(fileName);
        if (!Files.isRegularFile(inWorkspace)) {
            return Optional.empty();
        }
        LOG.info("GOOGLE_APPLICATION_CREDENTIALS names {}, which is not in the container; using {}", hostPath, inWorkspace);
        return Optional.of(inWorkspace.toString());
    }
}
