package io.calendarsync.backend.google;

import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.calendar.Calendar;
import io.calendarsync.backend.ApplyResult;
import io.calendarsync.bench.CalendarGenerator;
import io.calendarsync.emulator.Journal;
import io.calendarsync.model.Event;
import io.calendarsync.model.Meeting;
import io.calendarsync.plan.Plan;
import io.calendarsync.plan.RemovalPolicy;
import io.calendarsync.recurrence.EventMapper;
import io.calendarsync.sync.Sync;
import io.calendarsync.validate.CalendarValidator;
import io.calendarsync.validate.ValidationOptions;
import io.calendarsync.validate.ValidationResult;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Request counts and wall time of Google syncs against the emulator with injected latency. It measures a
 * first sync and a no-op sync of a generated calendar, and beside them the older pattern of one insert and
 * one update per meeting, sent one after the other. Run it with {@code bench/google.sh}; it is not a test.
 *
 * <p>Arguments: meetings (default 1000), latency in ms (default 100), and {@code --skip-old} to leave out
 * the slow insert-then-update run.
 */
public final class GoogleTargetBenchmark {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-12-01T00:00:00Z"), ZoneOffset.UTC);

    /** One measured run: HTTP requests to the API and batch endpoints, token requests, and wall time. */
    private record Measure(String name, long requests, long tokenRequests, long calls, Duration plan, Duration wall,
            Duration cpu, String result) {

        String row() {
            return "| " + name + " | " + requests + " | " + tokenRequests + " | " + calls + " | " + plan.toMillis() + " | "
                    + wall.toMillis() + " | " + cpu.toMillis() + " | " + result + " |";
        }
    }

    private GoogleTargetBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int meetings = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        long latencyMs = args.length > 1 ? Long.parseLong(args[1]) : 100;
        boolean skipOld = List.of(args).contains("--skip-old");

        List<Meeting> calendar = generated(meetings);
        warmUp(generated(100));

        try (GoogleFixture fixture = new GoogleFixture()) {
            fixture.emulator.faults().latency(Duration.ofMillis(latencyMs));
            System.out.println("| run (" + meetings + " meetings, " + latencyMs + " ms latency) | API requests | token requests | API calls | read + plan ms | wall ms | CPU ms | result |");
            System.out.println("|---|---:|---:|---:|---:|---:|---:|---|");
            System.out.println(sync("first sync", fixture, calendar).row());
            System.out.println(sync("no-op sync", fixture, calendar).row());
        }
        if (!skipOld) {
            try (GoogleFixture fixture = new GoogleFixture()) {
                fixture.emulator.faults().latency(Duration.ofMillis(latencyMs));
                System.out.println(insertThenUpdate(fixture, calendar).row());
            }
        }
    }

    /** CPU time of the whole process: the client and the emulator, which share this JVM. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static List<Meeting> generated(int meetings) {
        ValidationResult result = new CalendarValidator(new ValidationOptions(ZoneId.of("America/Los_Angeles"), CLOCK.instant()))
                .validate("generated.yaml", CalendarGenerator.generate(meetings));
        if (!result.valid()) {
            throw new IllegalStateException("the generated calendar is invalid: " + result.errors().get(0).format());
        }
        return result.meetings();
    }

    /** Runs a small sync without latency first, so the measured runs do not pay for class loading and JIT. */
    private static void warmUp(List<Meeting> calendar) {
        try (GoogleFixture fixture = new GoogleFixture()) {
            sync("warm-up", fixture, calendar);
            sync("warm-up", fixture, calendar);
        }
    }

    /** Reads, plans and applies with a new target, as one run of the command-line tool does. */
    private static Measure sync(String name, GoogleFixture fixture, List<Meeting> calendar) {
        fixture.emulator.journal().clear();
        Sync sync = new Sync(CLOCK);
        long cpuStart = cpuNanos();
        long start = System.nanoTime();
        GoogleTarget target = fixture.target();
        Plan plan = sync.plan(target, calendar, RemovalPolicy.END);
        Duration planned = Duration.ofNanos(System.nanoTime() - start);
        ApplyResult result = sync.apply(target, plan);
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        Duration cpu = Duration.ofNanos(cpuNanos() - cpuStart);

        Journal journal = fixture.emulator.journal();
        String outcome = result.created() + " created, " + result.updated() + " updated, " + result.failures().size() + " failed";
        return new Measure(name, journal.apiRequests().size(), journal.tokenGrants().size(), journal.calls().size(), planned, wall, cpu, outcome);
    }

    /** Sends one insert, then one update of the same event, per meeting, each after the previous response. */
    private static Measure insertThenUpdate(GoogleFixture fixture, List<Meeting> calendar) throws IOException {
        String token = fixture.emulator.issueAccessToken(GoogleFixture.BOT);
        Calendar api = new Calendar.Builder(new NetHttpTransport(), GsonFactory.getDefaultInstance(),
                request -> request.getHeaders().setAuthorization("Bearer " + token))
                .setRootUrl(fixture.emulator.rootUrl())
                .setApplicationName("calendar-sync-benchmark")
                .build();
        EventMapper mapper = new EventMapper();
        fixture.emulator.journal().clear();

        long cpuStart = cpuNanos();
        long start = System.nanoTime();
        for (Meeting meeting : calendar) {
            Event event = mapper.apply(meeting);
            com.google.api.services.calendar.model.Event body = GoogleEvents.body(event, Optional.empty());
            api.events().insert(GoogleFixture.CALENDAR_ID, body.clone().setId(event.id())).execute();
            api.events().update(GoogleFixture.CALENDAR_ID, event.id(), body).execute();
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        Duration cpu = Duration.ofNanos(cpuNanos() - cpuStart);

        Journal journal = fixture.emulator.journal();
        return new Measure("insert then update per meeting", journal.apiRequests().size(), 0, journal.calls().size(),
                Duration.ZERO, wall, cpu,
                fixture.calendar.liveEvents().size() + " events");
    }
}
