package io.calendarsync.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.calendarsync.model.Frequency;
import io.calendarsync.model.Meeting;
import io.calendarsync.model.Problem;
import io.calendarsync.model.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SamplesValidationTest {

    private static final Path SAMPLES = Path.of("src/test/resources/samples");

    static Stream<Path> calendarFiles() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            List<Path> samples = files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
            assertEquals(3, samples.size(), "sample files found in " + SAMPLES);
            return Stream.concat(samples.stream(), Stream.of(Path.of("calendar.yaml")));
        }
    }

    @ParameterizedTest
    @MethodSource("calendarFiles")
    void sampleHasNoErrors(Path file) throws IOException {
        ValidationResult result = new CalendarValidator(Fixtures.OPTIONS).validate(file);

        assertTrue(result.valid(), () -> Fixtures.formatted(result));
        long listItems = Files.readAllLines(file).stream().filter(line -> line.startsWith("- id:")).count();
        assertEquals(listItems, result.meetings().size(), "every meeting converts");
        assertEquals(file.toString(), result.file());
    }

    @Test
    void longMeetingOf2020SampleWarns() {
        ValidationResult result = new CalendarValidator(Fixtures.OPTIONS)
                .validate(SAMPLES.resolve("kubeflow-2020-11.yaml"));

        // The sample's meetings are all over by now, so the staleness warnings are left out here.
        List<Problem> warnings = result.warnings().stream().filter(problem -> problem.field().equals("time")).toList();
        assertEquals(1, warnings.size(), () -> Fixtures.formatted(result));
        Problem warning = warnings.get(0);
        assertEquals(Severity.WARNING, warning.severity());
        assertEquals("kf703", warning.meetingId());
        assertEquals("time", warning.field());
        assertEquals(21, warning.line());
        assertEquals(9, warning.column());
        assertTrue(warning.message().contains("12 h 30 min"), warning::format);
        assertTrue(warning.fix().contains("5:00PM-5:30PM"), warning::format);
    }

    @Test
    void sampleMeetingConvertsFully() {
        ValidationResult result = new CalendarValidator(Fixtures.OPTIONS)
                .validate(SAMPLES.resolve("kubeflow-2020-11.yaml"));

        Meeting meeting = result.meetings().stream().filter(m -> m.id().equals("kf001")).findFirst().orElseThrow();
        assertEquals("Kubeflow Community Call (US West/APAC)", meeting.name());
        assertEquals(LocalDate.of(2020, 8, 11), meeting.date());
        assertEquals(LocalTime.of(17, 30), meeting.start());
        assertEquals(LocalTime.of(18, 25), meeting.end());
        assertEquals(ZoneId.of("America/Los_Angeles"), meeting.zone());
        assertEquals(Frequency.WEEKLY, meeting.schedule().frequency());
        assertEquals(2, meeting.schedule().interval());
        assertEquals(LocalDate.of(2022, 7, 12), meeting.schedule().until().orElseThrow());
        assertEquals(List.of("member5@example.org"), meeting.attendees());
        assertEquals("https://zoom.example.com/j/55555555555?pwd=PLACEHOLDER", meeting.video().orElseThrow());
        assertTrue(meeting.description().startsWith("Notes & agenda: https://notes.example.org/meeting-notes\n\n"));
        assertTrue(meeting.description().endsWith("International numbers available: https://zoom.example.com/numbers"));
        assertFalse(meeting.description().endsWith("\n"));
        assertEquals("organizer1", meeting.organizer().orElseThrow());
        assertEquals(30, meeting.line());
    }

    @Test
    void sampleZonesAreKept() {
        ValidationResult result = new CalendarValidator(Fixtures.OPTIONS)
                .validate(SAMPLES.resolve("kubeflow-2025-07.yaml"));

        List<String> zones = result.meetings().stream().map(meeting -> meeting.zone().getId()).distinct().sorted()
                .toList();
        assertEquals(List.of("America/Los_Angeles", "Etc/UTC", "Europe/Athens", "Europe/London", "Europe/Madrid"),
                zones);
    }
}
