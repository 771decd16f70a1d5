package io.calendarsync.validate;

/**
 * Character tests over whole strings. They are loops rather than {@code chars()} streams because a stream
 * links its lambdas at run time on first use, which every short validate run pays again.
 */
final class Characters {

    private Characters() {
    }

    /** Returns true when some UTF-16 unit of the text is whitespace by {@link Character#isWhitespace}. */
    static boolean containsWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Returns true when every UTF-16 unit of the text is a digit by {@link Character#isDigit}, so also for "". */
    static boolean allDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
