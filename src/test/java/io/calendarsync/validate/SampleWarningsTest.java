package io.calendarsync.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.calendarsync.model.Meeting;
import io.calendarsync.model.Problem;
import io.calendarsync.recurrence.EventMapper;
import io.calendarsync.recurrence.Occurrences;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The schedule warnings of the real samples stay readable: at most one per meeting and rule. */
class SampleWarningsTest {

    static Stream<Path> calendarFiles() throws IOException {
        return SamplesValidationTest.calendarFiles();
    }

    @ParameterizedTest
    @MethodSource("calendarFiles")
    void atMostOneWarningPerMeetingAndField(Path file) {
        ValidationResult result = new CalendarValidator(Fixtures.OPTIONS).validate(file);

        Map<String, Long> perMeetingAndField = result.warnings().stream()
                .collect(Collectors.groupingBy(problem -> problem.meetingId() + "." + problem.field(),
                        Collectors.counting()));
        assertTrue(perMeetingAndField.values().stream().allMatch(count -> count == 1), () -> Fixtures.formatted(result));
        assertTrue(result.valid(), () -> Fixtures.formatted(result));
    }

    @Test
    void staleWarningsMatchEndedMeetings() {
        ValidationResult result = new CalendarValidator(Fixtures.OPTIONS)
                .validate(Path.of("src/test/resources/samples/kubeflow-2025-07.yaml"));
        EventMapper mapper = new EventMapper();

        Set<String> ended = result.meetings().stream()
                .filter(meeting -> Occurrences.next(mapper.toEvent(meeting), Fixtures.OPTIONS.now(), 1).isEmpty())
                .map(Meeting::id)
                .collect(Collectors.toSet());
        Map<String, Problem> warned = result.warnings().stream()
                .collect(Collectors.toMap(Problem::meetingId, Function.identity()));

        assertEquals(ended, warned.keySet(), () -> Fixtures.formatted(result));
        for (Problem warning : warned.values()) {
            assertTrue(List.of("until", "date").contains(warning.field()), warning::format);
            assertTrue(warning.fix().startsWith("remove it from calendar.yaml"), warning::format);
        }
    }

    @Test
    void alternatingCallsInOneRoomDoNotClash() {
        ValidationResult result = new CalendarValidator(Fixtures.OPTIONS).validate(Path.of("calendar.yaml"));

        List<Problem> video = result.warnings().stream().filter(problem -> problem.field().equals("video")).toList();

        assertEquals(List.of(), video);
        List<String> sharedRoom = result.meetings().stream()
                .filter(meeting -> meeting.video().equals(result.meetings().get(0).video()))
                .map(Meeting::id)
                .toList();
        assertTrue(sharedRoom.containsAll(List.of("kf032", "kf043")), sharedRoom::toString);
    }
}
