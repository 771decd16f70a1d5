package io.calendarsync.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;

/** What a command may use from outside: the environment, the clock and the output streams. */
record Context(Map<String, String> env, Clock clock, PrintStream out, PrintStream err) {
}
