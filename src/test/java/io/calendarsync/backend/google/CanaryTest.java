package io.calendarsync.backend.google;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.calendarsync.backend.ApplyResult;
import io.calendarsync.model.CalendarSyncException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Secrets in every credential source never reach messages or logs, on success and on each kind of failure.
 * Logs are caught by replacing System.err, which slf4j-simple looks up on every message.
 */
class CanaryTest {

    private final GoogleFixture fixture = new GoogleFixture();
    private final ServiceAccounts accounts = new ServiceAccounts();
    private final ByteArrayOutputStream logs = new ByteArrayOutputStream();
    private final List<String> messages = new ArrayList<>();
    private final PrintStream originalErr = System.err;

    @AfterEach
    void stop() {
        System.setErr(originalErr);
        fixture.close();
    }

    private void capture(Runnable action) {
        System.setErr(new PrintStream(logs, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } catch (CalendarSyncException e) {
            messages.add(e.getMessage());
        } finally {
            System.setErr(originalErr);
        }
    }

    private void applyOne(GoogleTarget target, String eventId) {
        target.read();
        ApplyResult result = target.apply(GoogleTargetApplyTest.plan(
                List.of(GoogleTargetApplyTest.create(GoogleTargetApplyTest.weekly(eventId, "Community Call"))), 0));
        result.failures().forEach(failure -> messages.add(failure.toString()));
    }

    @Test
    void secretsNeverInOutput() {
        String accessToken = fixture.emulator.issueAccessToken(GoogleFixture.BOT);
        fixture.emulator.registerServiceAccount(ServiceAccounts.EMAIL, accounts.keys.getPublic());
        fixture.calendar.share(ServiceAccounts.EMAIL, "writer");
        String serviceAccountJson = accounts.json(fixture.emulator.tokenUri());

        capture(() -> applyOne(fixture.target(), "kf032"));
        capture(() -> fixture.factory(Map.of(CredentialsResolver.ACCESS_TOKEN_ENV, accessToken))
                .create(GoogleFixture.CALENDAR_ID, fixture.options()).read());
        capture(() -> fixture.factory(Map.of(CredentialsResolver.ACCESS_TOKEN_ENV, "ya29.canary-unknown"))
                .create(GoogleFixture.CALENDAR_ID, fixture.options()).read());
        capture(() -> applyOne(fixture.factory(Map.of(CredentialsResolver.CREDENTIALS_ENV, serviceAccountJson))
                .create(GoogleFixture.CALENDAR_ID, fixture.options()), "kf043"));
        capture(() -> fixture.factory(Map.of(CredentialsResolver.CREDENTIALS_ENV,
                fixture.authorizedUserJson("1//canary-revoked"))).create(GoogleFixture.CALENDAR_ID, fixture.options()).read());
        capture(() -> fixture.factory(Map.of(CredentialsResolver.CREDENTIALS_ENV,
                fixture.authorizedUserJson(fixture.refreshToken).replace("}", ""))).create(GoogleFixture.CALENDAR_ID, fixture.options()));
        capture(() -> fixture.factory(Map.of(CredentialsResolver.CREDENTIALS_ENV,
                serviceAccountJson.replace("\"client_id\"", "\"client\""))).create(GoogleFixture.CALENDAR_ID, fixture.options()));

        String output = logs.toString(StandardCharsets.UTF_8) + String.join("\n", messages);
        assertTrue(messages.size() >= 5, messages.toString());
        List<String> secrets = new ArrayList<>(List.of(GoogleFixture.CLIENT_SECRET, fixture.refreshToken, accessToken,
                "canary-unknown", "canary-revoked"));
        String pem = serviceAccountJson.replaceAll("(?s).*BEGIN PRIVATE KEY-----\\\\n", "").substring(0, 40);
        assertTrue(pem.startsWith("MII"), pem);
        secrets.add(pem);
        for (String secret : secrets) {
            assertFalse(output.contains(secret), "secret leaked: " + secret.substring(0, 12) + "…");
        }
        assertTrue(output.contains("forbiddenForServiceAccounts"), output);
        assertTrue(output.contains("invalid_grant"), output);
    }

    @Test
    void optionsNeverEchoToken() {
        GoogleOptions options = new GoogleOptions(Optional.empty(), Optional.of("ya29.canary-option"), Optional.of("x@example.org"),
                SendUpdates.NONE, Optional.empty());

        capture(() -> fixture.factory(Map.of()).create(GoogleFixture.CALENDAR_ID, options));

        assertTrue(messages.size() == 1, messages.toString());
        assertFalse(messages.get(0).contains("canary-option"), messages.get(0));
    }
}
