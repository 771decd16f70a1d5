package io.calendarsync.github;

import java.nio.charset.StandardCharsets;

/**
 * Cuts text to a size limit at a line break, and appends a note saying where the rest is. A cut never
 * splits a surrogate pair, and a Markdown code fence left open by the cut is closed before the note.
 */
final class Truncation {

    /** Room for the line break and closing fence a cut may add. */
    private static final int FENCE_ROOM = "\n```\n".length();

    private Truncation() {
    }

    /** Returns {@code text} if it has at most {@code maxChars} UTF-16 characters, else a cut with the note. */
    static String toChars(String text, int maxChars, String note) {
        if (text.length() <= maxChars) {
            return text;
        }
        int budget = maxChars - note.length() - FENCE_ROOM;
        if (budget <= 0) {
            return note.length() <= maxChars ? note : "";
        }
        return cutAtLine(text, budget) + note;
    }

    /** Returns {@code text} if its UTF-8 form has at most {@code maxBytes} bytes, else a cut with the note. */
    static String toUtf8Bytes(String text, long maxBytes, String note) {
        if (utf8Length(text) <= maxBytes) {
            return text;
        }
        long budget = maxBytes - utf8Length(note) - FENCE_ROOM;
        if (budget <= 0) {
            return utf8Length(note) <= maxBytes ? note : "";
        }
        // Characters outside ASCII take several UTF-8 bytes, so the cut shrinks until its bytes fit.
        int chars = (int) Math.min(text.length(), budget);
        String cut = cutAtLine(text, chars);
        while (utf8Length(cut) > budget) {
            chars = Math.max(0, chars - (int) Math.max(1, (utf8Length(cut) - budget) / 2));
            cut = cutAtLine(text, chars);
        }
        return cut + note;
    }

    /** Returns the longest prefix of at most {@code maxChars} that ends at a line break, with open fences closed. */
    private static String cutAtLine(String text, int maxChars) {
        int end = Math.min(maxChars, text.length());
        int lineEnd = text.lastIndexOf('\n', end - 1);
        if (lineEnd >= 0) {
            end = lineEnd + 1;
        } else if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        String cut = text.substring(0, end);
        if (openFences(cut) % 2 == 1) {
            cut = cut + (cut.endsWith("\n") || cut.isEmpty() ? "" : "\n") + "```\n";
        }
        return cut;
    }

    private static int openFences(String text) {
        int fences = 0;
        for (String line : text.split("\n", -1)) {
            if (line.stripLeading().startsWith("```")) {
                fences++;
            }
        }
        return fences;
    }

    static long utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
