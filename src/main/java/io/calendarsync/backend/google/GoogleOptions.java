package io.calendarsync.backend.google;

import java.util.Map;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/**
 * The command-line settings of the Google Calendar target. Credentials given through environment variables
 * are not read here: {@link CredentialsResolver} reads them, so it can name the source it used.
 *
 * @param credentials path of a credential JSON file, or {@code -} for standard input
 * @param accessToken a ready OAuth access token
 * @param delegatedUser the user a service account acts for through domain-wide delegation
 * @param sendUpdates who Google notifies about each write
 * @param apiRootUrl the Calendar API root URL, replacing {@code https://www.googleapis.com/}
 */
public record GoogleOptions(
        Optional<String> credentials,
        Optional<String> accessToken,
        Optional<String> delegatedUser,
        SendUpdates sendUpdates,
        Optional<String> apiRootUrl) {

    public static final String API_URL_ENV = "CALENDAR_SYNC_GOOGLE_API_URL";

    static final String CREDENTIALS = "credentials";
    static final String ACCESS_TOKEN = "access-token";
    static final String DELEGATED_USER = "delegated-user";
    static final String SEND_UPDATES = "send-updates";
    static final String API_URL = "google-api-url";

    /** Options with every setting at its default: credentials from the environment, no notifications. */
    public static GoogleOptions defaults() {
        return new GoogleOptions(Optional.empty(), Optional.empty(), Optional.empty(), SendUpdates.NONE, Optional.empty());
    }

    /** Adds the Google target's options to a command's option set. */
    public static void addTo(Options options) {
        options.addOption(Option.builder().longOpt(CREDENTIALS).hasArg().argName("FILE")
                .desc("Google credential JSON file (authorized_user, service_account or external_account), "
                        + "or - to read it from standard input. Default: the GOOGLE_CREDENTIALS variable "
                        + "(JSON text), then GOOGLE_OAUTH_ACCESS_TOKEN (an access token), then "
                        + "GOOGLE_APPLICATION_CREDENTIALS (a file path)")
                .get());
        options.addOption(Option.builder().longOpt(ACCESS_TOKEN).hasArg().argName("TOKEN")
                .desc("OAuth access token to use instead of a credential file (also GOOGLE_OAUTH_ACCESS_TOKEN)")
                .get());
        options.addOption(Option.builder().longOpt(DELEGATED_USER).hasArg().argName("EMAIL")
                .desc("user a service account acts for through domain-wide delegation")
                .get());
        options.addOption(Option.builder().longOpt(SEND_UPDATES).hasArg().argName("WHO")
                .desc("whom Google e-mails about each change: none (default), all or external-only")
                .get());
        options.addOption(Option.builder().longOpt(API_URL).hasArg().argName("URL")
                .desc("Calendar API root URL, for an emulator or a proxy (also " + API_URL_ENV
                        + "). Default: https://www.googleapis.com/")
                .get());
    }

    /** Reads the options from a parsed command line; the API URL falls back to {@value #API_URL_ENV}. */
    public static GoogleOptions from(CommandLine line, Map<String, String> env) {
        SendUpdates sendUpdates = line.hasOption(SEND_UPDATES)
                ? SendUpdates.parse(line.getOptionValue(SEND_UPDATES))
                : SendUpdates.NONE;
        Optional<String> apiUrl = Optional.ofNullable(line.getOptionValue(API_URL))
                .or(() -> Optional.ofNullable(env.get(API_URL_ENV)))
                .filter(url -> !url.isBlank());
        return new GoogleOptions(
                Optional.ofNullable(line.getOptionValue(CREDENTIALS)),
                Optional.ofNullable(line.getOptionValue(ACCESS_TOKEN)),
                Optional.ofNullable(line.getOptionValue(DELEGATED_USER)),
                sendUpdates,
                apiUrl);
    }
}
