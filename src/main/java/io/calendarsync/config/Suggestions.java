package io.calendarsync.config;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Did-you-mean suggestions for misspelt keys and values. */
public final class Suggestions {

    /** Longer texts are not typos of a key or value name, and comparing them would only cost time. */
    private static final int MAX_TEXT_LENGTH = 64;

    private Suggestions() {
    }

    /**
     * Returns the candidate closest to {@code text}, ignoring case, when it is close enough to be a typo:
     * at most one edit for words of up to four letters, two for longer ones, and never more than half of
     * the word.
     */
    public static Optional<String> closest(String text, Collection<String> candidates) {
        if (text.isEmpty() || text.length() > MAX_TEXT_LENGTH) {
            return Optional.empty();
        }
        String lowered = text.toLowerCase(Locale.ROOT);
        int allowed = Math.min(lowered.length() <= 4 ? 1 : 2, Math.max(1, lowered.length() / 2));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = editDistance(lowered, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /**
     * Computes the optimal string alignment distance: insertions, deletions, substitutions and swaps of two
     * neighbouring characters each cost one, so {@code frequnecy} is one edit from {@code frequency}.
     */
    static int editDistance(String a, String b) {
        int[][] distance = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            distance[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            distance[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(distance[i - 1][j] + 1, distance[i][j - 1] + 1),
                        distance[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, distance[i - 2][j - 2] + 1);
                }
                distance[i][j] = best;
            }
        }
        return distance[a.length()][b.length()];
    }
}
