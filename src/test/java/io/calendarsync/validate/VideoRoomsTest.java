package io.calendarsync.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VideoRoomsTest {

    @ParameterizedTest
    @CsvSource({
            "https://zoom.us/j/123456789, https://zoom.us/j/123456789",
            "https://zoom.us/j/123456789, http://ZOOM.us/j/123456789/",
            "https://zoom.us/j/123456789, https://us02web.zoom.us/j/123456789?pwd=abcDEF",
            "https://zoom.us/j/123456789, https://www.zoom.us:443/j/123456789#success",
            "https://meet.google.com/abc-defg-hij, https://meet.google.com/ABC-DEFG-HIJ?authuser=1&hs=122",
            "https://example.webex.com/j.php?MTID=m1&utm_source=mail, https://example.webex.com/j.php?MTID=m1",
            "https://rooms.example.org/x?b=2&a=1, https://rooms.example.org/x?a=1&b=2",
            "https://zoom.us/j/123456789, https://zoom.us./j/123456789//",
            "https://rooms.example.org/x?a=1&b=2, https://rooms.example.org/x?&b=2&&a=1&UTM_medium=mail"})
    void sameRoom(String one, String other) {
        assertEquals(VideoRooms.room(one).orElseThrow(), VideoRooms.room(other).orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({
            "https://zoom.us/j/123456789, https://zoom.us/j/987654321",
            "https://example.webex.com/j.php?MTID=m1, https://example.webex.com/j.php?MTID=m2",
            "https://rooms.example.org/Team, https://rooms.example.org/team",
            "https://rooms.example.org:8443/a, https://rooms.example.org/a",
            "https://zoom.us/j/123456789, https://zoom.com/j/123456789"})
    void differentRooms(String one, String other) {
        assertNotEquals(VideoRooms.room(one).orElseThrow(), VideoRooms.room(other).orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({"not a link", "mailto:someone@example.org", "/relative/path"})
    void linkWithoutHostHasNoRoom(String link) {
        assertTrue(VideoRooms.room(link).isEmpty());
    }
}
