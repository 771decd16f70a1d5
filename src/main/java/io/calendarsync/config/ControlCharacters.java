package io.calendarsync.config;

import java.util.Locale;

/**
 * Finds control characters in text values. YAML rejects them written raw, but escapes in double quotes
 * such as {@code \e}, {@code \0} or {@code \x07} produce them. No calendar field can hold them: RFC 5545
 * text excludes them, the iCalendar reader drops some of them, and the rest would reach terminals and
 * pull-request comments unchanged. Tab and line feed are ordinary text.
 */
final class ControlCharacters {

    private ControlCharacters() {
    }

    /** Returns the index of the first control character other than tab and line feed, or -1. */
    static int indexOf(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // The characters of Unicode category Cc (Character.CONTROL), without a lookup in its tables.
            boolean control = c < 0x20 || (c >= 0x7F && c <= 0x9F);
            if (control && c != '\t' && c != '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Returns the character as {@code U+001B}, the form that messages show it in. */
    static String code(char c) {
        return String.format(Locale.ROOT, "U+%04X", (int) c);
    }

    /** Returns the scalar's text as a spec, or null after reporting a control character in it. */
    static ScalarSpec checked(YamlNode.Scalar scalar, String subject, String field, ProblemList problems) {
        int index = indexOf(scalar.text());
        if (index < 0) {
            return new ScalarSpec(scalar.text(), scalar.location());
        }
        problems.error(scalar.location(), subject, field, field + " contains the control character "
                + code(scalar.text().charAt(index)) + " as character " + (index + 1) + " of its value",
                "remove it; in double quotes, escapes such as \\e, \\0, \\r or \\x07 write one, and \\n is the"
                        + " only line break a calendar keeps");
        return null;
    }
}
