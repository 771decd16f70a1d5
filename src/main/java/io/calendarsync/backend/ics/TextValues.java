package io.calendarsync.backend.ics;

/**
 * Decodes RFC 5545 TEXT values (SUMMARY, DESCRIPTION, LOCATION) in one pass from left to right. ical4j
 * 4.2.2 decodes with three regular-expression passes, and a backslash at the end of a line, written as
 * an escaped backslash followed by an escaped line break, came back changed.
 */
final class TextValues {

    private TextValues() {
    }

    static String unescape(String value) {
        StringBuilder text = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\\' || i + 1 == value.length()) {
                text.append(c);
                continue;
            }
            char escaped = value.charAt(++i);
            switch (escaped) {
                case 'n', 'N' -> text.append('\n');
                case '\\', ',', ';', '"' -> text.append(escaped);
                default -> text.append('\\').append(escaped);
            }
        }
        return text.toString();
    }
}
