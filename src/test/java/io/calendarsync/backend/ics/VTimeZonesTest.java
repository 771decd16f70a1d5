package io.calendarsync.backend.ics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.io.ICalTimeZone;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TreeSet;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks the VTIMEZONEs built from the JDK against the JDK itself, read back by biweekly, an RFC 5545
 * implementation that production code does not use.
 */
class VTimeZonesTest {

    private static final Instant EARLIEST = Instant.parse("2015-01-01T00:00:00Z");
    private static final int LAST_YEAR = 2060;

    /** Zone ids from the JDK's own data; ical4j registers extra ids of its own on the test class path. */
    private static List<String> jdkZones() {
        return new TreeSet<>(ZoneId.getAvailableZoneIds()).stream()
                .filter(id -> !id.startsWith("ical4j"))
                .toList();
    }

    @Test
    void everyJdkZoneMatchesJdkOffsets() {
        List<String> mismatches = new ArrayList<>();
        for (String id : jdkZones()) {
            mismatches.addAll(mismatches(ZoneId.of(id)));
        }

        assertEquals(List.of(), mismatches.stream().limit(20).toList(), mismatches.size() + " mismatches");
    }

    @ParameterizedTest
    @ValueSource(strings = {"America/Los_Angeles", "Europe/London", "Australia/Sydney"})
    void meetingZonesUseYearlyRules(String id) {
        String text = VTimeZones.build(ZoneId.of(id), EARLIEST).toString();

        assertEquals(2, text.split("RRULE:FREQ=YEARLY").length - 1, text);
        assertTrue(!text.contains("RDATE"), text);
    }

    @Test
    void losAngelesRules() {
        String text = VTimeZones.build(ZoneId.of("America/Los_Angeles"), EARLIEST).toString();

        assertTrue(text.contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU"), text);
        assertTrue(text.contains("RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"), text);
        assertTrue(text.contains("TZOFFSETFROM:-0800\r\nTZOFFSETTO:-0700"), text);
    }

    @Test
    void fixedZoneHasOneObservance() {
        String text = VTimeZones.build(ZoneId.of("Etc/UTC"), EARLIEST).toString();

        assertEquals(String.join("\r\n", "BEGIN:VTIMEZONE", "TZID:Etc/UTC", "X-LIC-LOCATION:Etc/UTC",
                "BEGIN:STANDARD", "DTSTART:19700101T000000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0000",
                "END:STANDARD", "END:VTIMEZONE", ""), text);
    }

    @Test
    void earlierStartAddsHistory() {
        String recent = VTimeZones.build(ZoneId.of("America/Los_Angeles"), EARLIEST).toString();
        String old = VTimeZones.build(ZoneId.of("America/Los_Angeles"), Instant.parse("2005-01-01T00:00:00Z")).toString();

        assertTrue(old.contains("DTSTART:20070311T020000"), old);
        assertTrue(!recent.contains("DTSTART:2007"), recent);
    }

    /**
     * Compares offsets at local noon: on every transition day and the day after (a rule one day off shows
     * there) and on the 1st and 15th of every month.
     */
    private static List<String> mismatches(ZoneId zone) {
        ICalTimeZone parsed = parse(zone);
        ZoneRules rules = zone.getRules();
        TreeSet<LocalDate> days = new TreeSet<>();
        LocalDate first = EARLIEST.atZone(zone).toLocalDate();
        for (LocalDate day = first.withDayOfMonth(1); day.getYear() <= LAST_YEAR; day = day.plusMonths(1)) {
            days.add(day);
            days.add(day.withDayOfMonth(15));
        }
        ZoneOffsetTransition transition = rules.nextTransition(EARLIEST);
        while (transition != null && transition.getDateTimeAfter().getYear() <= LAST_YEAR) {
            days.add(transition.getDateTimeAfter().toLocalDate());
            days.add(transition.getDateTimeAfter().toLocalDate().plusDays(1));
            transition = rules.nextTransition(transition.getInstant());
        }

        List<String> mismatches = new ArrayList<>();
        for (LocalDate day : days) {
            LocalDateTime noon = day.atTime(LocalTime.NOON);
            if (rules.getValidOffsets(noon).size() != 1) {
                continue;
            }
            int expected = rules.getOffset(noon).getTotalSeconds() * 1000;
            int actual = parsed.getOffset(GregorianCalendar.AD, day.getYear(), day.getMonthValue() - 1,
                    day.getDayOfMonth(), day.getDayOfWeek().getValue() % 7 + 1, 12 * 3600 * 1000);
            if (expected != actual) {
                mismatches.add(zone.getId() + " " + noon + ": JDK " + expected / 60000 + " min, VTIMEZONE "
                        + actual / 60000 + " min");
            }
        }
        return mismatches;
    }

    private static ICalTimeZone parse(ZoneId zone) {
        VTimeZone component = VTimeZones.build(zone, EARLIEST);
        Calendar calendar = new Calendar(
                new PropertyList(List.of(new ProdId(IcsProperties.PRODID), ImmutableVersion.VERSION_2_0)),
                new ComponentList<>(List.of(component)));
        ICalendar parsed = Biweekly.parse(ContentLines.fold(calendar.toString())).first();
        return (ICalTimeZone) parsed.getTimezoneInfo().getTimezoneById(zone.getId()).getTimeZone();
    }
}
