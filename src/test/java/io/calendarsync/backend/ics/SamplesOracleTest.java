package io.calendarsync.backend.ics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.calendarsync.backend.TargetSnapshot;
import io.calendarsync.model.Meeting;
import io.calendarsync.plan.Plan;
import io.calendarsync.plan.PlanOptions;
import io.calendarsync.plan.Planner;
import io.calendarsync.plan.RemovalPolicy;
import io.calendarsync.recurrence.EventMapper;
import io.calendarsync.recurrence.RecurrenceQueries;
import io.calendarsync.testing.BiweeklyOracle;
import io.calendarsync.validate.CalendarValidator;
import io.calendarsync.validate.ValidationOptions;
import io.calendarsync.validate.ValidationResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The oracle test and the file round trip over every sample calendar and the project's own calendar.yaml. */
class SamplesOracleTest {

    private static final Instant NOW = Instant.parse("2025-07-01T00:00:00Z");
    private static final Instant LATER = Instant.parse("2025-08-15T00:00:00Z");

    @TempDir
    Path directory;

    static Stream<Path> calendarFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/samples"))) {
            List<Path> samples = files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
            return Stream.concat(samples.stream(), Stream.of(Path.of("calendar.yaml")));
        }
    }

    private static List<Meeting> meetings(Path file) {
        ValidationResult result = new CalendarValidator(
                new ValidationOptions(ZoneId.of("America/Los_Angeles"), NOW)).validate(file);
        assertTrue(result.valid(), () -> file + " has errors: " + result.problems());
        assertTrue(!result.meetings().isEmpty(), file + " has no meetings");
        return result.meetings();
    }

    private Plan sync(List<Meeting> meetings, Instant now) {
        IcsTarget target = new IcsTarget(directory.resolve("calendar.ics"), Clock.fixed(now, ZoneOffset.UTC));
        Planner planner = new Planner(new EventMapper(), new RecurrenceQueries());
        Plan plan = planner.plan(target.name(), meetings, target.read(), new PlanOptions(now, RemovalPolicy.END));
        target.apply(plan);
        return plan;
    }

    @ParameterizedTest
    @MethodSource("calendarFiles")
    void everyOccurrenceIsWhatTheMeetingSays(Path file) throws IOException {
        List<Meeting> meetings = meetings(file);
        sync(meetings, NOW);
        String text = Files.readString(directory.resolve("calendar.ics"), StandardCharsets.UTF_8);

        BiweeklyOracle oracle = new BiweeklyOracle(text);
        TargetSnapshot snapshot = new IcsTarget(directory.resolve("calendar.ics"), Clock.systemUTC()).read();
        assertEquals(meetings.size(), snapshot.events().size());
        for (Meeting meeting : meetings) {
            OracleTest.checkMeeting(meeting, oracle, snapshot.find(meeting.id()).orElseThrow());
        }
    }

    @ParameterizedTest
    @MethodSource("calendarFiles")
    void secondApplyChangesNothing(Path file) throws IOException {
        List<Meeting> meetings = meetings(file);
        sync(meetings, NOW);
        byte[] first = Files.readAllBytes(directory.resolve("calendar.ics"));

        Plan again = sync(meetings, LATER);

        assertEquals(List.of(), again.changes());
        assertEquals(meetings.size(), again.unchanged());
        assertArrayEquals(first, Files.readAllBytes(directory.resolve("calendar.ics")));
    }
}
