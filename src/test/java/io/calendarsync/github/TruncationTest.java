package io.calendarsync.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TruncationTest {

    @Test
    void shortTextIsKept() {
        assertEquals("a\nb\n", Truncation.toChars("a\nb\n", 4, "[cut]"));
    }

    @Test
    void cutEndsAtLineBreak() {
        String text = "first line\nsecond line\nthird line\n";

        String cut = Truncation.toChars(text, 30, "[cut]");

        assertEquals("first line\n[cut]", cut);
    }

    @Test
    void openCodeFenceIsClosed() {
        String text = "intro\n```\ncode 1\ncode 2\ncode 3\n```\nafter\n";

        String cut = Truncation.toChars(text, 32, "[cut]");

        assertEquals("intro\n```\ncode 1\n```\n[cut]", cut);
        assertTrue(cut.length() <= 32);
    }

    @Test
    void surrogatePairIsNotSplit() {
        String text = "😀".repeat(10);

        String cut = Truncation.toChars(text, 15, "!");

        assertEquals("😀".repeat(4) + "!", cut);
    }

    @Test
    void utf8CutCountsBytes() {
        String text = "ééééé\n".repeat(10);

        String cut = Truncation.toUtf8Bytes(text, 40, "[cut]");

        assertTrue(Truncation.utf8Length(cut) <= 40, cut);
        assertEquals("ééééé\nééééé\n[cut]", cut);
    }
}
