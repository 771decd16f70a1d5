package io.calendarsync.backend.google;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.calendarsync.backend.ApplyFailure;
import io.calendarsync.backend.ApplyResult;
import io.calendarsync.emulator.Journal;
import io.calendarsync.model.Event;
import io.calendarsync.plan.Change;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The real service-account flow (a signed JWT exchanged at the emulated token endpoint). */
class ServiceAccountTest {

    private static final String ADMIN = "admin@example.org";

    private final GoogleFixture fixture = new GoogleFixture();
    private final ServiceAccounts accounts = new ServiceAccounts();

    @AfterEach
    void stop() {
        fixture.close();
    }

    private GoogleTarget target(Optional<String> delegatedUser) {
        fixture.emulator.registerServiceAccount(ServiceAccounts.EMAIL, accounts.keys.getPublic());
        Map<String, String> env = Map.of(CredentialsResolver.CREDENTIALS_ENV, accounts.json(fixture.emulator.tokenUri()));
        GoogleOptions options = new GoogleOptions(Optional.empty(), Optional.empty(), delegatedUser, SendUpdates.ALL,
                Optional.of(fixture.emulator.rootUrl()));
        return fixture.factory(env).create(GoogleFixture.CALENDAR_ID, options);
    }

    private static Event solo(String id) {
        return new Event(id, "Solo", "", "", GoogleTargetApplyTest.weekly(id, "x").start(),
                GoogleTargetApplyTest.weekly(id, "x").end(), GoogleTargetApplyTest.weekly(id, "x").zone(),
                List.of(), List.of(), "");
    }

    @Test
    void delegatedUserInvitesAttendees() {
        fixture.calendar.share(ADMIN, "writer");
        GoogleTarget target = target(Optional.of(ADMIN));

        target.read();
        ApplyResult result = target.apply(GoogleTargetApplyTest.plan(
                List.of(GoogleTargetApplyTest.create(GoogleTargetApplyTest.weekly("kf032", "Community Call"))), 0));

        assertTrue(result.succeeded(), result.failures().toString());
        List<Journal.Entry> grants = fixture.emulator.journal().tokenGrants();
        assertEquals(1, grants.size());
        assertEquals(ADMIN, grants.get(0).query("sub"));
        assertEquals("https://oauth2.googleapis.com/token", grants.get(0).query("aud"));
        assertEquals(CredentialsResolver.SCOPE, grants.get(0).query("scope"));
        assertTrue(fixture.emulator.journal().writes().stream().allMatch(w -> w.query("sendUpdates").equals("all")));
    }

    @Test
    void attendeeRefusalReportedOnceWithFix() {
        fixture.calendar.share(ServiceAccounts.EMAIL, "writer");
        GoogleTarget target = target(Optional.empty());
        List<Change> changes = List.of(
                GoogleTargetApplyTest.create(GoogleTargetApplyTest.weekly("kf032", "Community Call")),
                GoogleTargetApplyTest.create(GoogleTargetApplyTest.weekly("kf043", "Graduation Call")),
                GoogleTargetApplyTest.create(solo("kf050")));

        target.read();
        ApplyResult result = target.apply(GoogleTargetApplyTest.plan(changes, 0));

        assertEquals(1, result.created());
        List<ApplyFailure> failures = result.failures();
        assertEquals(List.of("kf032", "kf043"), failures.stream().map(ApplyFailure::eventId).toList());
        assertTrue(failures.get(0).reason().contains("--delegated-user"), failures.get(0).reason());
        assertTrue(failures.get(0).reason().contains(ServiceAccounts.EMAIL), failures.get(0).reason());
        assertFalse(failures.get(1).reason().contains("--delegated-user"), failures.get(1).reason());
        assertTrue(failures.get(1).reason().contains("kf032"), failures.get(1).reason());
        assertEquals(3, fixture.emulator.journal().calls("POST").size());
        assertEquals(List.of("kf050"), fixture.calendar.liveEvents().stream().map(e -> e.get("id").getAsString()).toList());
        assertTrue(fixture.sleeps.isEmpty());
    }
}
