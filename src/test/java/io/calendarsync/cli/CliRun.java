package io.calendarsync.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/** One in-process run of the command-line tool with its exit code and captured streams. */
record CliRun(int exitCode, String out, String err) {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-01T16:00:00Z"), ZoneOffset.UTC);

    static CliRun of(String... args) {
        return with(Map.of(), args);
    }

    static CliRun with(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, env, CLOCK, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Stack trace lines look like "\tat package.Class.method(File.java:12)". */
    boolean printedStackTrace() {
        return err.contains("\tat ") || out.contains("\tat ") || err.contains("Exception:");
    }
}
