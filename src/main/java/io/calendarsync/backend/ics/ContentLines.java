package io.calendarsync.backend.ics;

/**
 * Line folding as RFC 5545 section 3.1 defines it: no line longer than 75 octets of UTF-8, a continuation
 * starting with one space, CRLF line breaks. ical4j 4.2.2 folds by characters, which lets lines with non-ASCII
 * text grow past 75 octets, so calendar-sync folds its output itself.
 */
final class ContentLines {

    static final int MAX_OCTETS = 75;
    static final String CRLF = "\r\n";

    private ContentLines() {
    }

    /** Folds every line of {@code unfolded}, whose lines end with CRLF, without splitting a character. */
    static String fold(String unfolded) {
        StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 64);
        for (String line : unfolded.split(CRLF)) {
            if (line.isEmpty()) {
                continue;
            }
            foldLine(line, folded);
            folded.append(CRLF);
        }
        return folded.toString();
    }

    private static void foldLine(String line, StringBuilder out) {
        int octets = 0;
        int index = 0;
        while (index < line.length()) {
            int codePoint = line.codePointAt(index);
            int size = utf8Length(codePoint);
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            index += Character.charCount(codePoint);
        }
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
