package io.calendarsync.github;

import io.calendarsync.model.CalendarSyncException;
import io.calendarsync.plan.RemovalPolicy;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The inputs of the action as action.yml declares them. A container action receives each input as the
 * variable {@code INPUT_<NAME>}, upper-cased with hyphens kept ({@code INPUT_CALENDAR-FILE}). The defaults
 * of action.yml are applied here too, because a workflow that runs the image with {@code docker://} gets
 * none of them.
 *
 * @param calendarFile path of calendar.yaml, relative to the workspace
 * @param calendarId the Google calendar ID; empty when none is configured
 * @param credentials Google credential JSON text; empty when none is configured
 * @param accessToken a ready Google OAuth access token; empty when none is configured
 * @param sendUpdates the {@code sendUpdates} value of every Google write: none, all or external-only
 * @param githubToken the token for the GitHub REST API; empty when none is configured
 * @param comment whether a pull-request run comments its result
 * @param strict whether warnings fail validation like errors
 */
public record ActionInputs(
        String calendarFile,
        String calendarId,
        String credentials,
        String accessToken,
        String delegatedUser,
        ZoneId defaultZone,
        ActionMode mode,
        boolean dryRun,
        String sendUpdates,
        RemovalPolicy removal,
        boolean allowMassRemoval,
        String githubToken,
        boolean comment,
        boolean strict) {

    static final String DEFAULT_CALENDAR_FILE = "calendar.yaml";
    static final String DEFAULT_TIMEZONE = "America/Los_Angeles";

    /** Reads every input from the environment; a bad value raises a usage error naming the input. */
    public static ActionInputs from(Map<String, String> env) {
        return new ActionInputs(
                text(env, "calendar-file").orElse(DEFAULT_CALENDAR_FILE),
                text(env, "calendar-id").orElse(""),
                text(env, "credentials").orElse(""),
                text(env, "access-token").orElse(""),
                text(env, "delegated-user").orElse(""),
                zone(text(env, "default-timezone").orElse(DEFAULT_TIMEZONE)),
                text(env, "mode").map(ActionMode::parse).orElse(ActionMode.AUTO),
                flag(env, "dry-run", false),
                sendUpdates(text(env, "send-updates").orElse("none")),
                removal(text(env, "removal").orElse("end")),
                flag(env, "allow-mass-removal", false),
                token(text(env, "github-token").orElse(""), "github-token"),
                flag(env, "comment", true),
                flag(env, "strict", false));
    }

    /** Returns whether Google credentials were given as inputs. GoogleCalendars also checks the variables. */
    public boolean hasGoogleCredentialInputs() {
        return !credentials.isEmpty() || !accessToken.isEmpty();
    }

    /** Lists the inputs with every secret replaced by {@code ***}, so the record can be logged. */
    @Override
    public String toString() {
        return "ActionInputs[calendarFile=" + calendarFile + ", calendarId=" + calendarId
                + ", credentials=" + hidden(credentials) + ", accessToken=" + hidden(accessToken)
                + ", delegatedUser=" + delegatedUser + ", defaultZone=" + defaultZone
                + ", mode=" + mode.inputValue() + ", dryRun=" + dryRun + ", sendUpdates=" + sendUpdates
                + ", removal=" + removal + ", allowMassRemoval=" + allowMassRemoval
                + ", githubToken=" + hidden(githubToken) + ", comment=" + comment + ", strict=" + strict + "]";
    }

    private static String hidden(String secret) {
        return secret.isEmpty() ? "" : "***";
    }

    /** Returns the variable a container action receives for an input: {@code INPUT_} and the name upper-cased. */
    static String variable(String input) {
        return "INPUT_" + input.toUpperCase(Locale.ROOT);
    }

    /** Returns an input's value without surrounding blanks; empty and blank values count as not given. */
    private static Optional<String> text(Map<String, String> env, String input) {
        return Optional.ofNullable(env.get(variable(input))).map(String::strip).filter(value -> !value.isEmpty());
    }

    /**
     * Rejects a token that cannot go into an {@code Authorization} header, without quoting it, because Java's
     * HTTP client raises an unchecked exception that quotes the whole header when it contains a line break.
     */
    private static String token(String value, String input) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\n' || c == '\r') {
                throw CalendarSyncException.usage("input '" + input + "' contains a line break; pass the token alone,"
                        + " on one line");
            }
            if (c <= ' ' || c >= 0x7F) {
                throw CalendarSyncException.usage("input '" + input + "' contains a space, control character or"
                        + " non-ASCII character at position " + (i + 1) + "; pass the token alone");
            }
        }
        return value;
    }

    private static boolean flag(Map<String, String> env, String input, boolean defaultValue) {
        Optional<String> value = text(env, input);
        if (value.isEmpty()) {
            return defaultValue;
        }
        return switch (value.get()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw CalendarSyncException.usage("input '" + input + "': '" + value.get()
                    + "' is not a boolean; write true or false");
        };
    }

    /** Accepts IANA region names only: abbreviations such as EST and fixed offsets do not follow daylight saving. */
    private static ZoneId zone(String value) {
        boolean region = value.equals("UTC") || value.contains("/");
        if (!region || !ZoneId.getAvailableZoneIds().contains(value)) {
            throw CalendarSyncException.usage("input 'default-timezone': '" + value + "' is not an IANA time zone "
                    + "name; write for example America/Los_Angeles or Europe/Berlin");
        }
        return ZoneId.of(value);
    }

    private static String sendUpdates(String value) {
        if (value.equals("none") || value.equals("all") || value.equals("external-only")) {
            return value;
        }
        throw CalendarSyncException.usage("input 'send-updates': '" + value + "' is not a valid value; use none, "
                + "all or external-only");
    }

    private static RemovalPolicy removal(String value) {
        return switch (value) {
            case "end" -> RemovalPolicy.END;
            case "delete" -> RemovalPolicy.DELETE;
            default -> throw CalendarSyncException.usage("input 'removal': '" + value + "' is not a valid value; use "
                    + "end (series end after their last past meeting) or delete");
        };
    }
}
