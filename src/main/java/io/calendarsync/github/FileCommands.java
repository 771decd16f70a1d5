package io.calendarsync.github;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Appends to the files through which a step hands results back to the runner: step outputs
 * ({@code GITHUB_OUTPUT}) and the job summary ({@code GITHUB_STEP_SUMMARY}). Either file may be absent,
 * as when the image runs outside GitHub; writes to it are then skipped.
 */
public final class FileCommands {

    /** GitHub accepts at most 1 MiB of summary per step; longer summaries are cut here, with a note. */
    static final int MAX_SUMMARY_BYTES = 1024 * 1024;

    private final Optional<Path> outputFile;
    private final Optional<Path> summaryFile;
    private final Supplier<String> delimiters;

    public FileCommands(Optional<Path> outputFile, Optional<Path> summaryFile) {
        this(outputFile, summaryFile, () -> "calendar-sync-" + UUID.randomUUID());
    }

    FileCommands(Optional<Path> outputFile, Optional<Path> summaryFile, Supplier<String> delimiters) {
        this.outputFile = outputFile;
        this.summaryFile = summaryFile;
        this.delimiters = delimiters;
    }

    /**
     * Sets a step output. A value with a line break uses the {@code name<<DELIMITER} form, with a random
     * delimiter that the value does not contain, so the value cannot end the block and set other outputs.
     */
    public void setOutput(String name, String value) throws IOException {
        if (outputFile.isEmpty()) {
            return;
        }
        String entry;
        if (value.contains("\n") || value.contains("\r")) {
            String delimiter = delimiters.get();
            while (value.contains(delimiter)) {
                delimiter = delimiters.get();
            }
            entry = name + "<<" + delimiter + "\n" + value + (value.endsWith("\n") ? "" : "\n") + delimiter + "\n";
        } else {
            entry = name + "=" + value + "\n";
        }
        append(outputFile.get(), entry);
    }

    /** Appends Markdown to the job summary, cut to the size GitHub accepts. */
    public void appendSummary(String markdown) throws IOException {
        if (summaryFile.isEmpty()) {
            return;
        }
        long used = Files.exists(summaryFile.get()) ? Files.size(summaryFile.get()) : 0;
        append(summaryFile.get(), Truncation.toUtf8Bytes(markdown, MAX_SUMMARY_BYTES - used,
                "\n\n_The summary was cut here because GitHub accepts at most 1 MiB per step._\n"));
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
