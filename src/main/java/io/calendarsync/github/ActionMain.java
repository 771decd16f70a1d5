package io.calendarsync.github;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The container's entry point: runs the action with the process's environment, the system clock and
 * standard output, and exits with the run's code. Everything else lives in {@link ActionRun}, which tests
 * call in-process.
 */
public final class ActionMain {

    private ActionMain() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        Path workingDirectory = Path.of("").toAbsolutePath();
        ActionRun run = new ActionRun(Clock.systemUTC(), out, GitHubApi::defaultHttpClient, workingDirectory);
        int exitCode = run.run(System.getenv());
        out.flush();
        System.exit(exitCode);
    }
}
