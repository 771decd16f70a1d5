package io.calendarsync.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code --strict} turns each schedule warning into a failure, for every command that validates. */
class StrictWarningsTest {

    @TempDir
    Path dir;

    static Stream<Arguments> warnings() {
        return Stream.of(
                Arguments.of("ended series", """
                        - id: kf100
                          name: Old call
                          date: 01/07/2025
                          time: 8:00AM-8:55AM
                          frequency: weekly
                          until: 03/25/2025
                        """, "kf100.until: until 03/25/2025 has passed"),
                Arguments.of("copy", """
                        - id: kf100
                          name: Call
                          date: 07/15/2025
                          time: 8:00AM-8:55AM
                        - id: kf101
                          name: Call
                          date: 07/15/2025
                          time: 8:00AM-8:55AM
                        """, "kf101.name: has the same name and schedule as kf100"),
                Arguments.of("room clash", """
                        - id: kf100
                          name: Call
                          date: 07/15/2025
                          time: 8:00AM-8:55AM
                          video: https://zoom.us/j/1
                        - id: kf101
                          name: Other call
                          date: 07/15/2025
                          time: 8:30AM-9:00AM
                          video: https://zoom.us/j/1
                        """, "kf101.video: kf101 and kf100 (line 1) use the same video room"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("warnings")
    void strictFailsEveryCommand(String label, String yaml, String warning) throws IOException {
        Path file = dir.resolve("calendar.yaml");
        Files.writeString(file, yaml);

        for (String command : new String[] {"validate", "plan", "agenda"}) {
            CliRun lenient = CliRun.of(command, "--file", file.toString());
            CliRun strict = CliRun.of(command, "--strict", "--file", file.toString());

            assertEquals(0, lenient.exitCode(), command + ": " + lenient.err());
            assertTrue(lenient.err().contains(warning), command + ": " + lenient.err());
            assertEquals(1, strict.exitCode(), command + ": " + strict.err());
            assertTrue(strict.err().contains("(--strict makes warnings fail)"), command + ": " + strict.err());
            assertEquals("", strict.out(), command + " prints nothing under --strict");
        }
        assertEquals(1, CliRun.of("apply", "--strict", "--file", file.toString()).exitCode());
        assertTrue(Files.notExists(dir.resolve("calendar.ics")), "a strict failure writes nothing");
    }
}
