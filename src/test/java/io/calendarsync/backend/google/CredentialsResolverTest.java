package io.calendarsync.backend.google;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.api.client.http.javanet.NetHttpTransport;
import io.calendarsync.model.CalendarSyncException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsResolverTest {

    private static final String USER_JSON = """
            {"type": "authorized_user", "client_id": "id.apps.googleusercontent.com",
             "client_secret": "GOCSPX-canary-1", "refresh_token": "1//canary-refresh"}""";

    @TempDir
    Path directory;

    private static GoogleOptions options() {
        return GoogleOptions.defaults();
    }

    private static GoogleOptions withCredentials(String location) {
        return new GoogleOptions(Optional.of(location), Optional.empty(), Optional.empty(), SendUpdates.NONE, Optional.empty());
    }

    private static ResolvedCredentials resolve(Map<String, String> env, GoogleOptions options) {
        return new CredentialsResolver(env, new ByteArrayInputStream(USER_JSON.getBytes(StandardCharsets.UTF_8)),
                NetHttpTransport::new).resolve(options);
    }

    private static CalendarSyncException failure(Map<String, String> env, GoogleOptions options) {
        return assertThrows(CalendarSyncException.class, () -> resolve(env, options));
    }

    private static CalendarSyncException failureOfSecret(String secret) {
        return failure(Map.of(CredentialsResolver.CREDENTIALS_ENV, secret), options());
    }

    @Test
    void environmentJsonNamesItsSource() {
        ResolvedCredentials credentials = resolve(Map.of(CredentialsResolver.CREDENTIALS_ENV, USER_JSON), options());

        assertEquals("the GOOGLE_CREDENTIALS environment variable", credentials.source());
        assertEquals("authorized_user", credentials.type());
    }

    @Test
    void optionWinsOverEnvironment() throws IOException {
        Path file = Files.writeString(directory.resolve("bot.json"), USER_JSON);
        Map<String, String> env = Map.of(CredentialsResolver.CREDENTIALS_ENV, "not even json",
                CredentialsResolver.APPLICATION_CREDENTIALS_ENV, "/missing.json");

        ResolvedCredentials credentials = resolve(env, withCredentials(file.toString()));

        assertEquals("the credential file " + file + " (--credentials)", credentials.source());
    }

    @Test
    void readsStandardInput() {
        ResolvedCredentials credentials = resolve(Map.of(), withCredentials("-"));

        assertEquals("standard input (--credentials -)", credentials.source());
    }

    @Test
    void applicationCredentialsFileLast() throws IOException {
        Path file = Files.writeString(directory.resolve("adc.json"), USER_JSON);

        ResolvedCredentials credentials = resolve(Map.of(CredentialsResolver.APPLICATION_CREDENTIALS_ENV, file.toString()), options());

        assertEquals("the file " + file + " named by GOOGLE_APPLICATION_CREDENTIALS", credentials.source());
    }

    @Test
    void accessTokenFromEnvironment() {
        ResolvedCredentials credentials = resolve(Map.of(CredentialsResolver.ACCESS_TOKEN_ENV, "ya29.canary"), options());

        assertEquals("access_token", credentials.type());
        assertEquals("the GOOGLE_OAUTH_ACCESS_TOKEN environment variable", credentials.source());
    }

    @Test
    void accessTokenWithLineBreakRejected() {
        CalendarSyncException error = failure(Map.of(CredentialsResolver.ACCESS_TOKEN_ENV, "ya29.canary-first\nsecond"),
                options());

        assertEquals(CalendarSyncException.Kind.TARGET, error.kind());
        assertTrue(error.getMessage().startsWith("the GOOGLE_OAUTH_ACCESS_TOKEN environment variable contains a line"
                + " break"), error.getMessage());
        assertFalse(error.getMessage().contains("canary"), error.getMessage());
    }

    @Test
    void accessTokenWithBearerPrefixRejected() {
        CalendarSyncException error = failure(Map.of(), new GoogleOptions(Optional.empty(),
                Optional.of("Bearer ya29.canary"), Optional.empty(), SendUpdates.NONE, Optional.empty()));

        assertTrue(error.getMessage().contains("the --access-token option"), error.getMessage());
        assertTrue(error.getMessage().contains("without 'Bearer '"), error.getMessage());
        assertFalse(error.getMessage().contains("canary"), error.getMessage());
    }

    @Test
    void nothingConfiguredIsUsageError() {
        CalendarSyncException error = failure(Map.of(), options());

        assertEquals(CalendarSyncException.Kind.USAGE, error.kind());
        assertTrue(error.getMessage().contains("--credentials"), error.getMessage());
        assertTrue(error.getMessage().contains("mint-credentials"), error.getMessage());
    }

    @Test
    void notJson() {
        CalendarSyncException error = failureOfSecret("refresh_token=abc");

        assertEquals(CalendarSyncException.Kind.TARGET, error.kind());
        assertEquals("the GOOGLE_CREDENTIALS environment variable is not JSON; it should hold a Google credential "
                + "JSON object starting with '{'", error.getMessage());
    }

    @Test
    void base64EncodedJson() {
        String encoded = Base64.getEncoder().encodeToString(USER_JSON.getBytes(StandardCharsets.UTF_8));

        CalendarSyncException error = failureOfSecret(encoded);

        assertTrue(error.getMessage().contains("contains base64-encoded JSON"), error.getMessage());
        assertFalse(error.getMessage().contains(encoded.substring(0, 12)), error.getMessage());
    }

    @Test
    void brokenJsonGivesPositionOnly() {
        CalendarSyncException error = failureOfSecret("{\"type\": \"authorized_user\", \"client_secret\": \"GOCSPX-canary-2\" \"x\"");

        assertTrue(error.getMessage().contains("is not valid JSON (syntax error at line 1"), error.getMessage());
        assertFalse(error.getMessage().contains("canary"), error.getMessage());
    }

    @Test
    void nonTextFieldNamed() {
        CalendarSyncException error = failureOfSecret("{\"type\": \"authorized_user\", \"client_id\": \"x\","
                + " \"client_secret\": {\"value\": \"GOCSPX-canary-3\"}, \"refresh_token\": \"1//canary\"}");

        assertEquals("the GOOGLE_CREDENTIALS environment variable contains a credential of type authorized_user whose"
                + " client_secret is not text; download or mint the credential again", error.getMessage());
    }

    @Test
    void unquotedValueIsInvalidJson() {
        CalendarSyncException error = failureOfSecret("{\"type\": \"authorized_user\", \"client_id\": \"x\","
                + " \"client_secret\": GOCSPX-canary-4, \"refresh_token\": \"1//canary\"}");

        assertTrue(error.getMessage().startsWith("the GOOGLE_CREDENTIALS environment variable is not valid JSON (syntax"
                + " error at line 1 column"), error.getMessage());
        assertFalse(error.getMessage().contains("canary"), error.getMessage());
    }

    @Test
    void unknownType() {
        CalendarSyncException error = failureOfSecret("{\"type\": \"impersonated_service_account\"}");

        assertTrue(error.getMessage().contains("has type 'impersonated_service_account', which calendar-sync does not support"),
                error.getMessage());
    }

    @Test
    void missingType() {
        CalendarSyncException error = failureOfSecret("{\"client_id\": \"x\"}");

        assertTrue(error.getMessage().contains("has no \"type\" field"), error.getMessage());
    }

    @Test
    void missingFieldsListed() {
        CalendarSyncException error = failureOfSecret("{\"type\": \"authorized_user\", \"client_id\": \"x\", \"client_secret\": \"\"}");

        assertEquals("the GOOGLE_CREDENTIALS environment variable contains a credential of type authorized_user without "
                + "client_secret, refresh_token; download or mint the credential again", error.getMessage());
    }

    @Test
    void serviceAccountMissingKey() {
        CalendarSyncException error = failureOfSecret("{\"type\": \"service_account\", \"client_email\": \"a@b.iam.gserviceaccount.com\"}");

        assertTrue(error.getMessage().contains("without client_id, private_key, private_key_id"), error.getMessage());
    }

    @Test
    void clientSecretFilePointsToMint() {
        CalendarSyncException error = failureOfSecret("{\"installed\": {\"client_id\": \"x\", \"client_secret\": \"y\"}}");

        assertTrue(error.getMessage().contains("is an OAuth client secret file"), error.getMessage());
        assertTrue(error.getMessage().contains("mint-credentials"), error.getMessage());
    }

    @Test
    void missingFileNamed() {
        CalendarSyncException error = failure(Map.of(), withCredentials(directory.resolve("gone.json").toString()));

        assertTrue(error.getMessage().contains("gone.json (--credentials) does not exist"), error.getMessage());
    }

    @Test
    void delegationNeedsServiceAccount() {
        GoogleOptions options = new GoogleOptions(Optional.empty(), Optional.empty(), Optional.of("admin@example.org"),
                SendUpdates.NONE, Optional.empty());

        CalendarSyncException error = failure(Map.of(CredentialsResolver.CREDENTIALS_ENV, USER_JSON), options);

        assertEquals(CalendarSyncException.Kind.USAGE, error.kind());
        assertTrue(error.getMessage().contains("--delegated-user needs a service_account credential"), error.getMessage());
    }

    @Test
    void credentialsAndTokenExclusive() {
        GoogleOptions options = new GoogleOptions(Optional.of("-"), Optional.of("ya29.x"), Optional.empty(),
                SendUpdates.NONE, Optional.empty());

        CalendarSyncException error = failure(new HashMap<>(), options);

        assertEquals(CalendarSyncException.Kind.USAGE, error.kind());
    }

    @Test
    void sendUpdatesSpellings() {
        assertEquals(SendUpdates.EXTERNAL_ONLY, SendUpdates.parse("external-only"));
        assertEquals(SendUpdates.EXTERNAL_ONLY, SendUpdates.parse("externalOnly"));
        assertEquals("all", SendUpdates.parse("ALL").apiValue());
        assertEquals(CalendarSyncException.Kind.USAGE,
                assertThrows(CalendarSyncException.class, () -> SendUpdates.parse("everyone")).kind());
    }
}
