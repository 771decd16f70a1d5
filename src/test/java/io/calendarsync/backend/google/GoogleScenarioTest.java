package io.calendarsync.backend.google;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.calendarsync.backend.ApplyResult;
import io.calendarsync.cli.Main;
import io.calendarsync.emulator.Journal;
import io.calendarsync.plan.Plan;
import io.calendarsync.plan.RemovalPolicy;
import io.calendarsync.sync.Sync;
import io.calendarsync.validate.CalendarValidator;
import io.calendarsync.validate.ValidationOptions;
import io.calendarsync.validate.ValidationResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End-to-end runs on the 2025 Kubeflow sample: the real config reader, validator, planner and command-line
 * tool against the Calendar API emulator, each asserted on the emulator's state and request journal.
 */
class GoogleScenarioTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-01T16:00:00Z"), ZoneOffset.UTC);
    private static final String TARGET = "google:" + GoogleFixture.CALENDAR_ID;

    /** A one-off meeting after the clock's date, appended to the sample for the removal scenario. */
    private static final String FUTURE_ONE_OFF = """

            - id: kf900
              name: Kubeflow Summit planning
              date: 12/01/2025
              time: 9:00AM-10:00AM
            """;

    private final GoogleFixture fixture = new GoogleFixture();

    @TempDir
    Path directory;

    /** One run of the command-line tool. {@code logs} contains what slf4j wrote to System.err meanwhile. */
    private record Run(int exitCode, String out, String err, String logs) {

        String all() {
            return out + err + logs;
        }

        boolean printedStackTrace() {
            return all().contains("\tat ") || err.contains("Exception:");
        }
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private static String sample() throws IOException {
        try (InputStream in = GoogleScenarioTest.class.getResourceAsStream("/samples/kubeflow-2025-07.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Path calendar(String yaml) throws IOException {
        return Files.writeString(directory.resolve("calendar.yaml"), yaml);
    }

    private Run cli(Map<String, String> env, String... args) {
        return cli(env, new ByteArrayInputStream(new byte[0]), args);
    }

    private Run cli(Map<String, String> env, InputStream stdin, String... args) {
        Map<String, String> withApi = new HashMap<>(env);
        withApi.put(GoogleOptions.API_URL_ENV, fixture.emulator.rootUrl());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream logs = new ByteArrayOutputStream();
        PrintStream systemErr = System.err;
        System.setErr(new PrintStream(logs, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(args, withApi, CLOCK, stdin, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                    logs.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(systemErr);
        }
    }

    private Run apply(Path file, String... extra) {
        String[] args = new String[4 + extra.length];
        args[0] = "apply";
        args[1] = "--file=" + file;
        args[2] = "--target";
        args[3] = TARGET;
        System.arraycopy(extra, 0, args, 4, extra.length);
        return cli(fixture.env(), args);
    }

    private Run firstSync(Path file) {
        Run first = apply(file);
        assertEquals(0, first.exitCode(), first.all());
        fixture.emulator.journal().clear();
        return first;
    }

    private Set<String> liveIds() {
        Set<String> ids = new HashSet<>();
        for (JsonObject event : fixture.calendar.liveEvents()) {
            ids.add(event.get("id").getAsString());
        }
        return ids;
    }

    @Test
    void firstSyncCreates35Events() throws IOException {
        Run run = apply(calendar(sample()));

        assertEquals(0, run.exitCode(), run.all());
        Journal journal = fixture.emulator.journal();
        assertEquals(35, journal.writes().size());
        assertEquals(35, journal.calls("POST").size());
        assertEquals(2, journal.apiRequests().size());
        assertEquals(35, fixture.calendar.liveEvents().size());
        assertTrue(fixture.calendar.liveEvents().stream().allMatch(e -> e.getAsJsonObject("extendedProperties")
                .getAsJsonObject("private").has(Markers.MEETING)));
        assertTrue(run.logs().contains("with credentials from the GOOGLE_CREDENTIALS environment variable"), run.logs());
    }

    @Test
    void credentialsFromStandardInput() throws IOException {
        // The key file comes through a pipe, so the environment has no credentials at all.
        byte[] key = fixture.env().get(CredentialsResolver.CREDENTIALS_ENV).getBytes(StandardCharsets.UTF_8);
        Run run = cli(Map.of(), new ByteArrayInputStream(key), "apply", "--file=" + calendar(sample()), "--target",
                TARGET, "--credentials", "-");

        assertEquals(0, run.exitCode(), run.all());
        assertEquals(35, fixture.calendar.liveEvents().size());
        assertTrue(run.logs().contains("standard input"), run.logs());
        assertFalse(run.all().contains(fixture.refreshToken), "the refresh token must not be printed");
    }

    @Test
    void secondRunMakesNoWrites() throws IOException {
        Path file = calendar(sample());
        firstSync(file);

        Run second = apply(file);

        assertEquals(0, second.exitCode(), second.all());
        Journal journal = fixture.emulator.journal();
        assertEquals(0, journal.writes().size());
        assertEquals(1, journal.listRequests().size());
        assertEquals(1, journal.apiRequests().size());
        assertTrue(second.out().contains("No changes."), second.out());
    }

    @Test
    void editedFieldGivesOneUpdate() throws IOException {
        Path file = calendar(sample());
        firstSync(file);
        calendar(sample().replace("name: Kubeflow CNCF Graduation Call", "name: Kubeflow Graduation Call"));

        Run run = apply(file);

        assertEquals(0, run.exitCode(), run.all());
        List<Journal.Entry> writes = fixture.emulator.journal().writes();
        assertEquals(1, writes.size());
        assertEquals("PATCH", writes.get(0).method());
        assertTrue(writes.get(0).path().endsWith("/events/kf043"), writes.get(0).path());
        assertEquals("Kubeflow Graduation Call", fixture.calendar.event("kf043").orElseThrow().get("summary").getAsString());
    }

    @Test
    void removalEndsSeriesAndDeletesFutureOneOff() throws IOException {
        Path file = calendar(sample() + FUTURE_ONE_OFF);
        firstSync(file);
        String withoutKf032 = sample().replaceFirst("(?s)- id: kf032\\n.*?(?=\\n- id: kf043)", "");
        String withoutPastOneOff = withoutKf032.replaceFirst("(?s)- id: kf007\\n.*?(?=\\n- id: kf008)", "");
        calendar(withoutPastOneOff);

        Run run = apply(file);

        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.out().contains("kf032"), run.out());
        List<Journal.Entry> writes = fixture.emulator.journal().writes();
        assertEquals(2, writes.size());
        String recurrence = fixture.calendar.event("kf032").orElseThrow().getAsJsonArray("recurrence").get(0).getAsString();
        assertTrue(recurrence.contains("UNTIL=2025062"), recurrence);
        assertEquals("confirmed", fixture.calendar.event("kf032").orElseThrow().get("status").getAsString());
        assertEquals("cancelled", fixture.calendar.event("kf900").orElseThrow().get("status").getAsString());
        assertEquals("confirmed", fixture.calendar.event("kf007").orElseThrow().get("status").getAsString());
    }

    @Test
    void emptiedFileTripsGuard() throws IOException {
        Path file = calendar(sample());
        firstSync(file);
        calendar("# Every meeting was commented out.\n# - id: kf032\n#   name: Kubeflow Community Call\n");

        Run refused = apply(file);

        assertEquals(3, refused.exitCode(), refused.all());
        assertTrue(refused.err().contains("--allow-mass-removal"), refused.err());
        assertEquals(0, fixture.emulator.journal().writes().size());
        assertEquals(35, fixture.calendar.liveEvents().size());
    }

    @Test
    void tombstonedIdRestored() throws IOException {
        Path file = calendar(sample());
        firstSync(file);
        JsonObject tombstone = new JsonObject();
        tombstone.addProperty("id", "kf043");
        tombstone.addProperty("status", "cancelled");
        fixture.calendar.putRaw(tombstone);

        Run run = apply(file);

        assertEquals(0, run.exitCode(), run.all());
        List<Journal.Entry> writes = fixture.emulator.journal().writes();
        assertEquals(1, writes.size());
        assertEquals("PATCH", writes.get(0).method());
        JsonObject restored = fixture.calendar.event("kf043").orElseThrow();
        assertEquals("confirmed", restored.get("status").getAsString());
        assertEquals("Kubeflow CNCF Graduation Call", restored.get("summary").getAsString());
    }

    @Test
    void handEditShownAsDrift() throws IOException {
        Path file = calendar(sample());
        firstSync(file);
        fixture.calendar.editByHand("kf037", event -> event.addProperty("summary", "Renamed by hand"));

        Run plan = cli(fixture.env(), "plan", "--file=" + file, "--target", TARGET);

        assertEquals(0, plan.exitCode(), plan.all());
        assertTrue(plan.out().contains("Changed outside calendar.yaml"), plan.out());
        assertTrue(plan.out().contains("Renamed by hand"), plan.out());
        assertEquals(0, fixture.emulator.journal().writes().size());
    }

    @Test
    void randomFaultsConvergeWithinTwoRuns() throws IOException {
        Path file = calendar(sample());
        fixture.emulator.faults().random(0.2, 20250701);
        ValidationResult calendar = new CalendarValidator(
                new ValidationOptions(ZoneId.of("America/Los_Angeles"), CLOCK.instant())).validate(file);
        Sync sync = new Sync(CLOCK);

        for (int run = 0; run < 2; run++) {
            GoogleTarget target = fixture.target();
            Plan plan = sync.plan(target, calendar.meetings(), RemovalPolicy.END);
            ApplyResult result = sync.apply(target, plan);
            if (result.succeeded()) {
                break;
            }
        }
        fixture.emulator.faults().clear();
        fixture.emulator.journal().clear();
        GoogleTarget target = fixture.target();
        Plan after = sync.plan(target, calendar.meetings(), RemovalPolicy.END);

        assertTrue(fixture.emulator.journal().entries().size() > 0);
        assertFalse(after.hasChanges(), after.changes().toString());
        assertEquals(35, fixture.calendar.events().size());
        assertEquals(35, liveIds().size());
        assertTrue(fixture.sleeps.size() > 0, "the faults caused no retry");
    }

    @Test
    void serviceAccountAttendeeErrorOnce() throws IOException {
        ServiceAccounts accounts = new ServiceAccounts();
        fixture.emulator.registerServiceAccount(ServiceAccounts.EMAIL, accounts.keys.getPublic());
        fixture.calendar.share(ServiceAccounts.EMAIL, "writer");
        Map<String, String> env = Map.of("GOOGLE_CREDENTIALS", accounts.json(fixture.emulator.tokenUri()));

        Run run = cli(env, "apply", "--file=" + calendar(sample()), "--target", TARGET);

        assertEquals(3, run.exitCode(), run.all());
        assertTrue(run.err().contains("kf032: create failed: Google does not let a service account invite attendees"), run.err());
        assertEquals(1, run.err().split("--delegated-user", -1).length - 1, run.err());
        assertTrue(run.err().contains("The other changes were applied"), run.err());
        Set<String> live = liveIds();
        assertFalse(live.contains("kf032"));
        assertTrue(live.contains("kf007"));
        assertFalse(run.all().contains(accounts.json("x").substring(150, 200)));
    }

    @Test
    void expiredRefreshTokenClearError() throws IOException {
        fixture.emulator.revokeRefreshToken(fixture.refreshToken);

        Run run = cli(fixture.env(), "plan", "--file=" + calendar(sample()), "--target", TARGET);

        assertEquals(3, run.exitCode(), run.all());
        assertTrue(run.err().contains("Google rejected the refresh token from the GOOGLE_CREDENTIALS environment variable"), run.err());
        assertTrue(run.err().contains("7 days"), run.err());
        assertFalse(run.all().contains(GoogleFixture.CLIENT_SECRET));
        assertFalse(run.all().contains(fixture.refreshToken));
        assertFalse(run.printedStackTrace(), run.all());
    }

    @Test
    void nextRunDoesOnlyWhatIsLeft() throws IOException {
        ServiceAccounts accounts = new ServiceAccounts();
        fixture.emulator.registerServiceAccount(ServiceAccounts.EMAIL, accounts.keys.getPublic());
        fixture.calendar.share(ServiceAccounts.EMAIL, "writer").share("admin@example.org", "writer");
        Map<String, String> env = Map.of("GOOGLE_CREDENTIALS", accounts.json(fixture.emulator.tokenUri()));
        Path file = calendar(sample());
        Run partial = cli(env, "apply", "--file=" + file, "--target", TARGET);
        int createdFirst = liveIds().size();
        fixture.emulator.journal().clear();

        Run rest = cli(env, "apply", "--file=" + file, "--target", TARGET, "--delegated-user", "admin@example.org");

        assertEquals(3, partial.exitCode(), partial.all());
        assertEquals(0, rest.exitCode(), rest.all());
        assertEquals(35 - createdFirst, fixture.emulator.journal().writes().size());
        assertEquals(35, liveIds().size());
    }
}
