package io.calendarsync.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;

/** The outside world a command may use: the environment, the clock, standard input and the output streams. */
record Context(Map<String, String> env, Clock clock, InputStream in, PrintStream out, PrintStream err) {
}
