package io.calendarsync.config;

/**
 * Tells where lines end the way SnakeYAML counts them, so scans that run before parsing report the same
 * line numbers as the parser: at LF, at CR not followed by LF, at NEL (U+0085) and at the Unicode line
 * and paragraph separators (U+2028, U+2029).
 */
final class LineBreaks {

    private LineBreaks() {
    }

    /** Returns whether the character at {@code index} ends a line. */
    static boolean endsLine(CharSequence text, int index) {
        char c = text.charAt(index);
        if (c == '\r') {
            return index + 1 >= text.length() || text.charAt(index + 1) != '\n';
        }
        return c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** Returns the line and column of the character at {@code index}, with columns counted in UTF-16 units. */
    static SourceLocation locationOf(CharSequence text, int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (endsLine(text, i)) {
                line++;
                lineStart = i + 1;
            }
        }
        return SourceLocation.of(line, index - lineStart + 1);
    }

    /** Returns whether the character is part of a line break, a CR before LF included. */
    static boolean isBreakCharacter(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
