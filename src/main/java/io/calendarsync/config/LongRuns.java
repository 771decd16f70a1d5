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

    /** Returns where the first run longer than {@link #MAX_RUN_LENGTH} starts, if there is one. */
    static Optional<SourceLocation> find(String text) {
        int line = 1;
        int lineStart = 0;
        int runStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || LineBreaks.isBreakCharacter(c)) {
                runStart = i + 1;
                if (LineBreaks.endsLine(text, i)) {
                    line++;
                    lineStart = i + 1;
                }
            } else if (i - runStart + 1 > MAX_RUN_LENGTH) {
                return Optional.of(SourceLocation.of(line, runStart - lineStart + 1));
            }
        }
        return Optional.empty();
    }
}
