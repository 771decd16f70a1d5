package io.calendarsync.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;

/** The outside world a command may use: the environment, the clock and the output streams. */
record Context(Map<String, String> env, Clock clock, PrintStream out, PrintStream err) {
}
