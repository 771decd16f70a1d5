package io.calendarsync.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final List<String> KEYS = MeetingKeys.ALL;

    @Test
    void missingLetterIsOneEdit() {
        assertEquals(1, Suggestions.editDistance("frequncy", "frequency"));
    }

    @Test
    void swappedLettersAreOneEdit() {
        assertEquals(1, Suggestions.editDistance("frequnecy", "frequency"));
    }

    @Test
    void closestFindsTypo() {
        assertEquals(Optional.of("organizer"), Suggestions.closest("orgnaizer", KEYS));
    }

    @Test
    void closestIgnoresCase() {
        assertEquals(Optional.of("timezone"), Suggestions.closest("TimeZone", KEYS));
    }

    @Test
    void closestRejectsDistantWords() {
        assertEquals(Optional.empty(), Suggestions.closest("colour", KEYS));
    }

    @Test
    void shortWordsAllowOneEdit() {
        assertEquals(Optional.of("id"), Suggestions.closest("ib", KEYS));
        assertEquals(Optional.empty(), Suggestions.closest("xy", KEYS));
    }

    @Test
    void longTextIsNotCompared() {
        assertEquals(Optional.empty(), Suggestions.closest("frequency".repeat(10), KEYS));
    }
}
