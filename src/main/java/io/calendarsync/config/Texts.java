package io.calendarsync.config;

/** Formats values written by the author for messages: quoted, shortened and with line breaks made visible. */
public final class Texts {

    private static final int MAX_SHOWN = 60;

    private Texts() {
    }

    /** Returns the text in single quotes, shortened to about 60 characters. */
    public static String quote(String text) {
        return "'" + shorten(text) + "'";
    }

    public static String shorten(String text) {
        String visible = text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
        if (visible.length() <= MAX_SHOWN) {
            return visible;
        }
        return visible.substring(0, MAX_SHOWN - 3) + "...";
    }
}
