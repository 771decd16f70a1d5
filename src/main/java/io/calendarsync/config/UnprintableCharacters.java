package io.calendarsync.config;

import java.util.Optional;

/**
 * Finds characters that YAML does not allow in a file, such as NUL or ESC written raw. SnakeYAML rejects
 * them too, but its error reaches calendar-sync as line 1, column 1, so this scan runs first and points at
 * the character.
 */
final class UnprintableCharacters {

    /** The first character YAML does not allow, and where it is. */
    record Found(SourceLocation location, int codePoint) {
    }

    private UnprintableCharacters() {
    }

    static Optional<Found> find(String text) {
        // Printable ASCII, tab, CR and LF are tested first because they are nearly all of a calendar. Lines
        // are counted only once a character is found, so most characters cost one or two comparisons.
        int length = text.length();
        for (int i = 0; i < length; ) {
            char c = text.charAt(i);
            if ((c >= 0x20 && c <= 0x7E) || c == '\n' || c == '\t' || c == '\r') {
                i++;
                continue;
            }
            int codePoint = text.codePointAt(i);
            if (!printable(codePoint)) {
                return Optional.of(new Found(LineBreaks.locationOf(text, i), codePoint));
            }
            i += Character.charCount(codePoint);
        }
        return Optional.empty();
    }

    /** Returns whether the character is in the printable set of YAML 1.1 and 1.2, which SnakeYAML checks. */
    private static boolean printable(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0x7E) || c == 0x85
                || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
