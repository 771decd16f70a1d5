package io.calendarsync.backend.google;

import com.google.auth.http.HttpTransportFactory;
import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.ExternalAccountCredentials;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.ServiceAccountCredentials;
import com.google.auth.oauth2.UserCredentials;
import com.google.gson.JsonObject;
import io.calendarsync.model.CalendarSyncException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the Google credentials of a run, in this order: {@code --credentials}, {@code --access-token}, the
 * {@code GOOGLE_CREDENTIALS} variable (JSON text), {@code GOOGLE_OAUTH_ACCESS_TOKEN}, then the file named by
 * {@code GOOGLE_APPLICATION_CREDENTIALS}. Every error names the source, never the secret.
 */
public final class CredentialsResolver {

    /** The only scope calendar-sync requests: read and write events, nothing else of the account. */
    public static final String SCOPE = "https://www.googleapis.com/auth/calendar.events";

    static final String CREDENTIALS_ENV = "GOOGLE_CREDENTIALS";
    static final String APPLICATION_CREDENTIALS_ENV = "GOOGLE_APPLICATION_CREDENTIALS";
    static final String ACCESS_TOKEN_ENV = "GOOGLE_OAUTH_ACCESS_TOKEN";

    private final Map<String, String> env;
    private final InputStream stdin;
    private final HttpTransportFactory transportFactory;

    public CredentialsResolver(Map<String, String> env, InputStream stdin, HttpTransportFactory transportFactory) {
        this.env = Map.copyOf(env);
        this.stdin = stdin;
        this.transportFactory = transportFactory;
    }

    public ResolvedCredentials resolve(GoogleOptions options) {
        if (options.credentials().isPresent() && options.accessToken().isPresent()) {
            throw CalendarSyncException.usage("--credentials and --access-token cannot be combined; pass one of them");
        }
        if (options.credentials().isPresent()) {
            String location = options.credentials().get();
            if (location.equals("-")) {
                return fromJson(readStdin(), "standard input (--credentials -)", options);
            }
            return fromJson(readFile(location, "the credential file " + location + " (--credentials)"),
                    "the credential file " + location + " (--credentials)", options);
        }
        if (options.accessToken().isPresent()) {
            return fromAccessToken(options.accessToken().get(), "the --access-token option", options);
        }
        Optional<String> json = variable(CREDENTIALS_ENV);
        if (json.isPresent()) {
            return fromJson(json.get(), "the " + CREDENTIALS_ENV + " environment variable", options);
        }
        Optional<String> token = variable(ACCESS_TOKEN_ENV);
        if (token.isPresent()) {
            return fromAccessToken(token.get(), "the " + ACCESS_TOKEN_ENV + " environment variable", options);
        }
        Optional<String> path = variable(APPLICATION_CREDENTIALS_ENV);
        if (path.isPresent()) {
            String source = "the file " + path.get() + " named by " + APPLICATION_CREDENTIALS_ENV;
            return fromJson(readFile(path.get(), source), source, options);
        }
        throw CalendarSyncException.usage("no Google credentials found: pass --credentials FILE or --access-token, "
                + "or set " + CREDENTIALS_ENV + " (credential JSON text), " + ACCESS_TOKEN_ENV + " or "
                + APPLICATION_CREDENTIALS_ENV + " (a file path); run 'calendar-sync mint-credentials' to create "
                + "an authorized_user credential");
    }

    private ResolvedCredentials fromAccessToken(String token, String source, GoogleOptions options) {
        if (token.isBlank()) {
            throw failure(source + " is empty; pass an OAuth access token");
        }
        checkTokenCharacters(token.strip(), source);
        if (options.delegatedUser().isPresent()) {
            throw CalendarSyncException.usage("--delegated-user needs a service_account credential; an access token "
                    + "from " + source + " already belongs to one user (mint it with the delegated subject instead)");
        }
        GoogleCredentials credentials = GoogleCredentials.create(new AccessToken(token.strip(), null));
        return new ResolvedCredentials(credentials, source, "access_token", Optional.empty(), false);
    }

    /**
     * Rejects a token that cannot go into an {@code Authorization} header. Java's HTTP client raises an
     * unchecked exception that quotes the whole header, token included, when it contains a line break.
     */
    private static void checkTokenCharacters(String token, String source) {
        if (token.regionMatches(true, 0, "Bearer ", 0, "Bearer ".length())) {
            throw failure(source + " starts with 'Bearer '; pass the access token alone, without 'Bearer '");
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '\n' || c == '\r') {
                throw failure(source + " contains a line break; pass the access token alone, on one line");
            }
            if (c <= ' ' || c >= 0x7F) {
                throw failure(source + " contains a space, control character or non-ASCII character at position "
                        + (i + 1) + "; an OAuth access token has only letters, digits and - . _ ~ + / =");
            }
        }
    }

    private ResolvedCredentials fromJson(String text, String source, GoogleOptions options) {
        JsonObject json = CredentialJson.parse(text, source);
        String type = CredentialJson.type(json, source);
        if (options.delegatedUser().isPresent() && !type.equals("service_account")) {
            throw CalendarSyncException.usage("--delegated-user needs a service_account credential, but " + source
                    + " holds type '" + type + "'");
        }
        byte[] bytes = text.strip().getBytes(StandardCharsets.UTF_8);
        try {
            return switch (type) {
                case "authorized_user" -> authorizedUser(json, bytes, source);
                case "service_account" -> serviceAccount(json, bytes, source, options.delegatedUser());
                case "external_account" -> externalAccount(json, bytes, source);
                default -> throw new IllegalStateException("unchecked credential type " + type);
            };
        } catch (IOException | RuntimeException e) {
            if (e instanceof CalendarSyncException known) {
                throw known;
            }
            throw failure(source + " contains a credential of type " + type + " that could not be loaded: " + e.getMessage());
        }
    }

    private ResolvedCredentials authorizedUser(JsonObject json, byte[] bytes, String source) throws IOException {
        CredentialJson.requireFields(json, source, "authorized_user", List.of("client_id", "client_secret", "refresh_token"));
        GoogleCredentials credentials = UserCredentials.fromStream(new ByteArrayInputStream(bytes), transportFactory);
        return new ResolvedCredentials(credentials, source, "authorized_user", Optional.empty(), false);
    }

    private ResolvedCredentials serviceAccount(JsonObject json, byte[] bytes, String source,
            Optional<String> delegatedUser) throws IOException {
        CredentialJson.requireFields(json, source, "service_account",
                List.of("client_email", "client_id", "private_key", "private_key_id"));
        ServiceAccountCredentials base = ServiceAccountCredentials.fromStream(new ByteArrayInputStream(bytes), transportFactory);
        GoogleCredentials scoped = base.createScoped(List.of(SCOPE));

        // google-auth-library 1.58.0: createDelegated on a credential that already fetched a token keeps using
        // the undelegated token. This credential has not been used yet, so the subject is in every token.
        if (delegatedUser.isPresent()) {
            GoogleCredentials delegated = ((ServiceAccountCredentials) scoped).createDelegated(delegatedUser.get());
            return new ResolvedCredentials(delegated, source, "service_account",
                    Optional.of(delegatedUser.get() + " (through " + base.getClientEmail() + ")"), false);
        }
        return new ResolvedCredentials(scoped, source, "service_account", Optional.of(base.getClientEmail()), true);
    }

    private ResolvedCredentials externalAccount(JsonObject json, byte[] bytes, String source) throws IOException {
        CredentialJson.requireFields(json, source, "external_account",
                List.of("audience", "subject_token_type", "token_url", "credential_source"));
        GoogleCredentials credentials = ExternalAccountCredentials.fromStream(new ByteArrayInputStream(bytes), transportFactory)
                .createScoped(List.of(SCOPE));
        return new ResolvedCredentials(credentials, source, "external_account", Optional.empty(), false);
    }

    private String readStdin() {
        try {
            return new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw failure("standard input (--credentials -) could not be read: " + e.getMessage());
        }
    }

    private static String readFile(String location, String source) {
        try {
            return Files.readString(Path.of(location), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw failure(source + " does not exist; check the path");
        } catch (IOException e) {
            throw failure(source + " could not be read: " + e.getMessage());
        }
    }

    private Optional<String> variable(String name) {
        return Optional.ofNullable(env.get(name)).filter(value -> !value.isBlank());
    }

    static CalendarSyncException failure(String message) {
        return new CalendarSyncException(CalendarSyncException.Kind.TARGET, message);
    }
}
