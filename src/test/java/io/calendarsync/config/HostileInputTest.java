package io.calendarsync.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.calendarsync.model.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input that could make a YAML reader hang, exhaust memory or overflow the stack must end in one clear
 * problem. The timeouts only guard against hangs; they are not speed targets.
 */
class HostileInputTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(20);

    @TempDir
    Path directory;

    private static List<Problem> readText(String yaml) {
        ProblemList problems = new ProblemList("calendar.yaml");
        assertTimeoutPreemptively(HANG_GUARD, () -> new CalendarReader(problems).read(yaml));
        return problems.sorted();
    }

    private static List<Problem> readFile(Path file) {
        ProblemList problems = new ProblemList(file.toString());
        assertTimeoutPreemptively(HANG_GUARD, () -> new CalendarReader(problems).read(file));
        return problems.sorted();
    }

    private static Problem only(List<Problem> problems) {
        assertEquals(1, problems.size(), () -> problems.stream().map(Problem::format).toList().toString());
        return problems.get(0);
    }

    @Test
    void billionLaughsIsRejected() {
        StringBuilder yaml = new StringBuilder("- id: kf100\n  name: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int level = 1; level <= 9; level++) {
            String previous = "*a" + (level - 1);
            yaml.append("  k").append(level).append(": &a").append(level).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, previous))).append("]\n");
        }

        Problem problem = only(readText(yaml.toString()));

        assertEquals(3, problem.line());
        assertTrue(problem.message().contains("aliases such as *a0 are not supported"), problem::format);
    }

    @Test
    void mergeKeyAliasIsRejected() {
        Problem problem = only(readText("""
                - id: kf100
                  name: &base Weekly
                - id: kf101
                  name: *base
                """));

        assertEquals(4, problem.line());
        assertEquals(9, problem.column());
        assertTrue(problem.fix().contains("write the value out in full"), problem::format);
    }

    @Test
    void deepNestingIsRejected() {
        Problem problem = only(readText("- name: " + "[ ".repeat(200_000) + "\n"));

        assertEquals(1, problem.line());
        assertTrue(problem.message().contains("nested more than 8 levels"), problem::format);
    }

    @Test
    void deepBlockNestingIsRejected() {
        // "- - x" is a block list inside a block list.
        Problem problem = only(readText("- ".repeat(50) + "x\n"));

        assertTrue(problem.message().contains("nested more than"), problem::format);
    }

    @Test
    void sixMegabyteFileIsRejectedBeforeParsing() throws IOException {
        Path file = directory.resolve("calendar.yaml");
        String meeting = "- id: kf100\n  name: " + "x".repeat(200) + "\n";
        Files.writeString(file, meeting.repeat(6 * 1024 * 1024 / meeting.length() + 1));

        Problem problem = only(readFile(file));

        assertEquals(0, problem.line());
        assertTrue(problem.message().contains("the file is 6.0 MB, larger than the limit of 5 MB"), problem::format);
    }

    @Test
    void sixMegabyteTextIsRejected() {
        Problem problem = only(readText("# " + "x".repeat(6 * 1024 * 1024) + "\n"));

        assertTrue(problem.message().contains("larger than the limit of 5 MB"), problem::format);
    }

    @Test
    void fileJustUnderLimitIsRead() {
        String meeting = "- id: kf100\n  name: " + "x".repeat(4000) + "\n";
        String yaml = meeting.repeat((int) (CalendarReader.MAX_FILE_BYTES / meeting.length()));

        List<Problem> problems = readText(yaml);

        assertTrue(problems.isEmpty(), () -> problems.stream().map(Problem::format).toList().toString());
    }

    @Test
    void longWordIsRejectedBeforeParsing() {
        Problem problem = only(readText("- id: kf100\n  name: " + "x".repeat(4 * 1024 * 1024) + "\n"));

        assertEquals(2, problem.line());
        assertEquals(9, problem.column());
        assertTrue(problem.message().contains("more than 16384 characters in a row"), problem::format);
    }

    /** SnakeYAML ends a line at a CR alone, NEL and the Unicode line and paragraph separators too. */
    @Test
    void scansCountEveryYamlLineBreak() throws IOException {
        Problem control = only(readText("- id: kf100\r  name: Sync\r  date: x\u0001\r"));
        Problem longWord = only(readText("- id: kf100\r\n  name: Sync\u2028  date: " + "x".repeat(20_000) + "\r"));
        Path file = directory.resolve("calendar.yaml");
        Files.write(file, new byte[] {'-', ' ', 'a', '\r', '\r', '\n', ' ', (byte) 0xFF});
        Problem utf8 = only(readFile(file));

        assertEquals(3, utf8.line());
        assertEquals(2, utf8.column());
        assertEquals(3, control.line());
        assertEquals(10, control.column());
        assertEquals(3, longWord.line());
        assertEquals(9, longWord.column());
    }

    @Test
    void tooManyValuesAreRejected() {
        String yaml = "- attendees: [" + "1, ".repeat(YamlTreeReader.MAX_NODES + 10) + "1]\n";

        Problem problem = only(readText(yaml));

        assertTrue(problem.message().contains("more than 1000000 YAML values"), problem::format);
    }

    @Test
    void tabIndentationIsRejected() {
        Problem problem = only(readText("- id: kf100\n\tname: A\n"));

        assertEquals(2, problem.line());
        assertEquals(1, problem.column());
        assertTrue(problem.message().contains("tab character"), problem::format);
        assertTrue(problem.fix().contains("replace the tab with spaces"), problem::format);
    }

    @Test
    void tabAfterColonIsRejected() {
        Problem problem = only(readText("- id: kf100\n  name:\tA\n"));

        assertEquals(2, problem.line());
        assertEquals(8, problem.column());
        assertTrue(problem.message().contains("tab character"), problem::format);
    }

    @Test
    void unquotedColonInValueIsExplained() {
        Problem problem = only(readText("- id: kf100\n  name: Kubeflow: community call\n"));

        assertEquals(2, problem.line());
        assertEquals(17, problem.column());
        assertTrue(problem.fix().contains("quotes"), problem::format);
    }

    @Test
    void unclosedQuoteNamesItsStart() {
        Problem problem = only(readText("- id: kf100\n  name: \"Weekly\n  date: 07/15/2025\n"));

        assertEquals(2, problem.line());
        assertEquals(9, problem.column());
        assertEquals("this quoted value is never closed", problem.message());
    }

    @Test
    void shallowIndentIsExplainedWithoutFollowUpErrors() {
        Problem problem = only(readText("- id: kf100\n name: A\n"));

        assertEquals(2, problem.line());
        assertEquals(2, problem.column());
        assertTrue(problem.message().contains("indented differently"), problem::format);
    }

    @Test
    void meetingsBeforeSyntaxErrorAreKept() {
        ProblemList problems = new ProblemList("calendar.yaml");
        CalendarSpec calendar = new CalendarReader(problems).read("""
                - id: kf100
                  name: A
                - id: kf101
                  name: "B
                """);

        assertEquals(1, calendar.meetings().size());
        assertEquals("kf100", calendar.meetings().get(0).id().text());
        assertEquals(1, problems.sorted().size());
    }

    @Test
    void invalidUtf8IsLocated() throws IOException {
        Path file = directory.resolve("calendar.yaml");
        byte[] start = "- id: kf100\n  name: caf".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[start.length + 2];
        System.arraycopy(start, 0, bytes, 0, start.length);
        bytes[start.length] = (byte) 0xE9;
        bytes[start.length + 1] = '\n';
        Files.write(file, bytes);

        Problem problem = only(readFile(file));

        assertEquals(2, problem.line());
        assertEquals(12, problem.column());
        assertTrue(problem.message().contains("not valid UTF-8 (byte 0xE9)"), problem::format);
    }

    @Test
    void replacementCharacterWrittenInTheFileIsText() throws IOException {
        Path file = directory.resolve("calendar.yaml");
        Files.writeString(file, "- id: kf100\n  name: Sync \uFFFD call\n", StandardCharsets.UTF_8);

        CalendarSpec calendar = new CalendarReader(new ProblemList(file.toString())).read(file);

        assertTrue(readFile(file).isEmpty());
        assertEquals("Sync \uFFFD call", calendar.meetings().get(0).name().text());
    }

    @Test
    void invalidUtf8AfterAReplacementCharacterIsLocated() throws IOException {
        Path file = directory.resolve("calendar.yaml");
        byte[] start = "- id: kf100\n  name: \uFFFD caf".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[start.length + 2];
        System.arraycopy(start, 0, bytes, 0, start.length);
        bytes[start.length] = (byte) 0xE9;
        bytes[start.length + 1] = '\n';
        Files.write(file, bytes);

        Problem problem = only(readFile(file));

        assertEquals(2, problem.line());
        assertTrue(problem.message().contains("not valid UTF-8 (byte 0xE9)"), problem::format);
    }

    @Test
    void rawControlCharacterIsLocated() {
        Problem problem = only(readText("- id: kf100\n  name: a\u0000b\n  date: x\u001b\n"));

        assertEquals(2, problem.line());
        assertEquals(10, problem.column());
        assertEquals("the control character U+0000 is not allowed in a YAML file", problem.message());
        assertTrue(problem.fix().startsWith("remove it"), problem::format);
    }

    @Test
    void controlCharacterAfterNonAsciiIsLocated() {
        Problem problem = only(readText("- name: \uD83D\uDE00 caf\u00E9\u0085  date: x\u0001\n"));

        assertEquals(2, problem.line());
        assertEquals(10, problem.column());
        assertEquals("the control character U+0001 is not allowed in a YAML file", problem.message());
    }

    @Test
    void loneSurrogateIsLocated() {
        Problem problem = only(readText("- id: kf100\n  name: a\uD800b\n"));

        assertEquals(2, problem.line());
        assertEquals(10, problem.column());
        assertEquals("the character U+D800 is not allowed in a YAML file", problem.message());
    }

    @Test
    void deviceFileIsRejectedWithoutReading() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "needs /dev/zero");

        Problem problem = only(readFile(zero));

        assertEquals("is not a regular file, so calendar-sync does not read it", problem.message());
        assertTrue(problem.fix().startsWith("give the path of the YAML file itself"), problem::format);
    }

    @Test
    void missingFileIsAProblem() {
        Path file = directory.resolve("absent.yaml");

        Problem problem = only(readFile(file));

        assertEquals(file.toString(), problem.file());
        assertEquals("file not found", problem.message());
        assertTrue(problem.format().startsWith(file + ": error: file not found"), problem::format);
    }

    @Test
    void directoryIsAProblem() {
        Problem problem = only(readFile(directory));

        assertTrue(problem.message().contains("is a directory"), problem::format);
    }
}
