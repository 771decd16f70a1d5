package io.calendarsync.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.calendarsync.model.Frequency;
import io.calendarsync.model.Meeting;
import io.calendarsync.testing.MeetingBuilder;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgendaRenderersTest {

    /** Ten days from Sunday 10/26/2025 in Los Angeles, over the London and Los Angeles DST ends. */
    private static Agenda autumn() {
        return new AgendaBuilder().build(
                List.of(AgendaBuilderTest.losAngeles(), AgendaBuilderTest.london(), AgendaBuilderTest.sydney()),
                LocalDate.parse("2025-10-26"), 10, AgendaBuilderTest.LOS_ANGELES);
    }

    @Test
    void textListsLocalAndUtcTimesWithShifts() {
        String text = new TextAgendaRenderer().render(autumn());

        assertEquals("""
                Agenda for Sun 2025-10-26 to Tue 2025-11-04 (America/Los_Angeles): 6 occurrences of 3 meetings

                Mon 2025-10-27 10:00–11:00 Australia/Sydney     Sun 23:00–Mon 00:00 UTC  kf102  APAC sync
                Mon 2025-10-27 09:30–10:00 Europe/London        Mon 09:30–10:00 UTC      kf101  EMEA sync
                    UTC time moves from 08:30 to 09:30 (DST change in Europe/London)
                Tue 2025-10-28 08:00–08:55 America/Los_Angeles  Tue 15:00–15:55 UTC      kf100  Community call
                Mon 2025-11-03 10:00–11:00 Australia/Sydney     Sun 23:00–Mon 00:00 UTC  kf102  APAC sync
                Mon 2025-11-03 09:30–10:00 Europe/London        Mon 09:30–10:00 UTC      kf101  EMEA sync
                Tue 2025-11-04 08:00–08:55 America/Los_Angeles  Tue 16:00–16:55 UTC      kf100  Community call
                    UTC time moves from 15:00 to 16:00 (DST change in America/Los_Angeles)
                """, text);
    }

    @Test
    void emptyTextSaysSo() {
        Agenda agenda = new AgendaBuilder().build(List.of(), LocalDate.parse("2025-10-26"), 14,
                AgendaBuilderTest.LOS_ANGELES);

        assertEquals("No meetings from Sun 2025-10-26 to Sat 2025-11-08 (America/Los_Angeles).\n",
                new TextAgendaRenderer().render(agenda));
    }

    @Test
    void markdownIsTableWithShiftColumn() {
        String markdown = new MarkdownAgendaRenderer().render(autumn());

        List<String> lines = markdown.lines().toList();
        assertEquals("### Agenda for Sun 2025-10-26 to Tue 2025-11-04 (America/Los_Angeles)", lines.get(0));
        assertEquals("6 occurrences of 3 meetings.", lines.get(2));
        assertEquals("| Local time | UTC | Meeting | UTC shift |", lines.get(4));
        assertEquals("| Mon 2025-10-27 09:30–10:00 Europe/London | Mon 09:30–10:00 UTC | `kf101` EMEA sync"
                + " | ⚠️ UTC time moves from 08:30 to 09:30 (DST change in Europe/London) |", lines.get(7));
        assertEquals("| Tue 2025-10-28 08:00–08:55 America/Los_Angeles | Tue 15:00–15:55 UTC | `kf100` Community"
                + " call |  |", lines.get(8));
        assertEquals(12, lines.size());
    }

    @Test
    void markdownEscapesMeetingNames() {
        Meeting meeting = MeetingBuilder.meeting("kf100").name("Sync | @core-team <b>").date("2025-10-28").build();
        Agenda agenda = new AgendaBuilder().build(List.of(meeting), LocalDate.parse("2025-10-28"), 1,
                AgendaBuilderTest.LOS_ANGELES);

        String markdown = new MarkdownAgendaRenderer().render(agenda);

        assertTrue(markdown.contains("`kf100` Sync \\| @\u2060core\\-team &lt;b&gt; |"), markdown);
        assertFalse(markdown.contains("<b>"), markdown);
    }

    @Test
    void jsonHasLocalAndUtcTimesAndShift() throws Exception {
        JsonNode root = new ObjectMapper().readTree(new JsonAgendaRenderer().render(autumn()));

        assertEquals(1, root.get("formatVersion").asInt());
        assertEquals("2025-10-26", root.get("firstDay").asText());
        assertEquals("2025-11-04", root.get("lastDay").asText());
        assertEquals("America/Los_Angeles", root.get("timeZone").asText());
        JsonNode occurrences = root.get("occurrences");
        assertEquals(6, occurrences.size());

        JsonNode last = occurrences.get(5);
        assertEquals("kf100", last.get("eventId").asText());
        assertEquals("Community call", last.get("name").asText());
        assertEquals("2025-11-04T08:00", last.get("start").get("local").asText());
        assertEquals("America/Los_Angeles", last.get("start").get("timeZone").asText());
        assertEquals("2025-11-04T16:00:00Z", last.get("start").get("utc").asText());
        assertEquals("2025-11-04T16:55:00Z", last.get("end").get("utc").asText());
        assertEquals("15:00", last.get("utcShift").get("fromUtc").asText());
        assertEquals("16:00", last.get("utcShift").get("toUtc").asText());
        assertEquals("daylight-saving", last.get("utcShift").get("cause").asText());
        assertEquals("UTC time moves from 15:00 to 16:00 (DST change in America/Los_Angeles)",
                last.get("utcShift").get("message").asText());
        assertTrue(occurrences.get(2).get("utcShift").isNull());
    }

    @Test
    void unknownFormatIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> AgendaRenderer.forFormat("html"));
        assertTrue(AgendaRenderer.forFormat("markdown") instanceof MarkdownAgendaRenderer);
    }

    @Test
    void agendaNeedsAtLeastOneDay() {
        assertThrows(IllegalArgumentException.class, () -> new Agenda(LocalDate.parse("2025-10-26"), 0,
                AgendaBuilderTest.LOS_ANGELES, List.of()));
    }

    @Test
    void meetingPastMidnightShowsEndDay() {
        Meeting late = MeetingBuilder.meeting("kf100").date("2025-10-28").time("23:30", "00:30")
                .every(Frequency.WEEKLY).count(1).build();
        Agenda agenda = new AgendaBuilder().build(List.of(late), LocalDate.parse("2025-10-28"), 1,
                AgendaBuilderTest.LOS_ANGELES);

        assertTrue(new TextAgendaRenderer().render(agenda).contains(
                "Tue 2025-10-28 23:30–Wed 00:30 America/Los_Angeles  Wed 06:30–07:30 UTC  kf100"));
    }
}
