package io.calendarsync.plan.render;

/**
 * Escapes text from calendar.yaml for GitHub-flavoured Markdown, so a meeting name or description cannot
 * inject markup or HTML, and cannot ping people or link issues: a word joiner (U+2060) after {@code @}
 * and {@code #} stops GitHub from turning {@code @name} and {@code #123} into mentions and references.
 */
public final class MarkdownText {

    private static final String WORD_JOINER = "\u2060";
    private static final String SPECIAL = "\\`*_{}[]()!|~>+-.=:";

    private MarkdownText() {
    }

    /**
     * Formats text as an inline code span. Backslash escapes do not work inside code spans, and GitHub
     * makes no mentions or references there, so the text only loses backticks and line breaks.
     */
    public static String code(String text) {
        return "`" + text.replace("`", "'").replaceAll("[\\r\\n\\t]+", " ") + "`";
    }

    /** Escapes one line of text; line breaks become spaces. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '@', '#' -> out.append(c).append(WORD_JOINER);
                case '\r', '\n', '\t' -> out.append(' ');
                default -> {
                    if (SPECIAL.indexOf(c) >= 0) {
                        out.append('\\');
                    }
                    out.append(c);
                }
            }
        }
        return out.toString();
    }
}
