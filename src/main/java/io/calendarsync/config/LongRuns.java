package io.calendarsync.config;

import java.util.Optional;

/**
 * Finds runs of characters without a space or line break that are too long to parse safely. SnakeYAML
 * 2.5 copies its read buffer for every 1,024 characters of a single token, so a token of n characters
 * costs time and garbage proportional to n squared: a 1 MB word took 3.3 s and 700 MB here.
 */
final class LongRuns {

    /** Far longer than any URL or word in a calendar, and short enough to parse in milliseconds. */
    static final int MAX_RUN_LENGTH = 16_384;

    private LongRuns() {
    }

    /**
     * Returns where the first run longer than {@link #MAX_RUN_LENGTH} starts, if there is one. Rather than
     * read every character, it jumps to where the current run would become too long and searches back for
     * a separator. In ordinary text one lies a few characters back, and the next run starts after it.
     */
    static Optional<SourceLocation> find(String text) {
        int runStart = 0;
        while (text.length() - runStart > MAX_RUN_LENGTH) {
            int separator = lastSeparator(text, runStart, runStart + MAX_RUN_LENGTH);
            if (separator < 0) {
                return Optional.of(LineBreaks.locationOf(text, runStart));
            }
            runStart = separator + 1;
        }
        return Optional.empty();
    }

    /** Returns the index of the last separator in {@code text[from..to]}, both inclusive, or -1. */
    private static int lastSeparator(String text, int from, int to) {
        for (int i = to; i >= from; i--) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || LineBreaks.isBreakCharacter(c)) {
                return i;
            }
        }
        return -1;
    }
}
