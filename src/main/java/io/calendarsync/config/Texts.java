package io.calendarsync.config;

/** Formats values written by the author for messages: quoted, shortened, line breaks and control characters visible. */
public final class Texts {

    private static final int MAX_SHOWN = 60;

    private Texts() {
    }

    /** Formats a count with its noun, such as "1 error" or "2 errors". */
    public static String count(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** Returns the text in single quotes, shortened to about 60 characters. */
    public static String quote(String text) {
        return "'" + shorten(text) + "'";
    }

    public static String shorten(String text) {
        String visible = escapeControls(text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t"));
        if (visible.length() <= MAX_SHOWN) {
            return visible;
        }
        return visible.substring(0, MAX_SHOWN - 3) + "...";
    }

    /** Writes other control characters as Java escapes (ESC as backslash-u001B), so none reaches a terminal. */
    private static String escapeControls(String text) {
        if (ControlCharacters.indexOf(text) < 0) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.getType(c) == Character.CONTROL;
            escaped.append(control ? "\\u" + ControlCharacters.code(c).substring(2) : String.valueOf(c));
        }
        return escaped.toString();
    }
}
