package io.calendarsync.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCommandsTest {

    @TempDir
    Path dir;

    @Test
    void singleLineOutputUsesNameEqualsValue() throws Exception {
        Path output = dir.resolve("output");
        FileCommands files = new FileCommands(Optional.of(output), Optional.empty());

        files.setOutput("valid", "true");
        files.setOutput("created", "3");

        assertEquals("valid=true\ncreated=3\n", Files.readString(output));
    }

    @Test
    void multiLineOutputUsesFreshDelimiter() throws Exception {
        Path output = dir.resolve("output");
        Iterator<String> delimiters = List.of("EOF", "EOF2").iterator();
        FileCommands files = new FileCommands(Optional.of(output), Optional.empty(), delimiters::next);

        files.setOutput("plan", "line one\nEOF\nvalid=false");

        assertEquals("plan<<EOF2\nline one\nEOF\nvalid=false\nEOF2\n", Files.readString(output));
    }

    @Test
    void missingFilesAreSkipped() throws Exception {
        FileCommands files = new FileCommands(Optional.empty(), Optional.empty());

        files.setOutput("valid", "true");
        files.appendSummary("# text");

        try (var listing = Files.list(dir)) {
            assertEquals(0, listing.count());
        }
    }

    @Test
    void summaryIsCutAtOneMebibyte() throws Exception {
        Path summary = dir.resolve("summary");
        FileCommands files = new FileCommands(Optional.empty(), Optional.of(summary));
        String line = "- é " + "x".repeat(95) + "\n";

        files.appendSummary(line.repeat(20_000));

        long size = Files.size(summary);
        String text = Files.readString(summary, StandardCharsets.UTF_8);
        assertTrue(size <= FileCommands.MAX_SUMMARY_BYTES, "size " + size);
        assertTrue(size > FileCommands.MAX_SUMMARY_BYTES - 1000, "size " + size);
        assertTrue(text.endsWith("at most 1 MiB per step._\n"), text.substring(text.length() - 100));
    }
}
