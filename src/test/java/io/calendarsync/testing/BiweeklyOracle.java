package io.calendarsync.testing;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.TimezoneAssignment;
import biweekly.property.ExceptionDates;
import biweekly.util.ICalDate;
import biweekly.util.com.google.ical.compat.javautil.DateIterator;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeSet;

/**
 * Expands an iCalendar file with biweekly, an RFC 5545 implementation that production code does not use.
 *
 * <p>TZIDs are read as the IANA zone names they are, and the VTIMEZONEs are checked on their own in
 * {@code VTimeZonesTest}. biweekly 0.6.8 cannot do both here, because to convert an instant it looks up
 * the observance from the instant's UTC calendar fields (and the 12-hour {@code Calendar.HOUR}). On
 * transition days in zones east of UTC its offsets from a VTIMEZONE are then an hour off, for example for
 * 10:00 in Sydney on 2025-10-05.
 */
public final class BiweeklyOracle {

    private final ICalendar calendar;

    public BiweeklyOracle(String icsText) {
        calendar = Biweekly.parse(withoutVtimezones(icsText)).first();
        if (calendar == null) {
            throw new IllegalArgumentException("biweekly found no calendar in the text");
        }
    }

    /** Start instants in {@code [from, to)} of every event, keyed by UID. */
    public Map<String, TreeSet<Instant>> between(Instant from, Instant to) {
        Map<String, TreeSet<Instant>> starts = new LinkedHashMap<>();
        for (VEvent event : calendar.getEvents()) {
            starts.put(event.getUid().getValue(), between(event, from, to));
        }
        return starts;
    }

    /** Returns the zone biweekly resolved for the event's DTSTART. */
    public TimeZone zoneOf(String uid) {
        return assignment(event(uid)).getTimeZone();
    }

    private static String withoutVtimezones(String text) {
        return text.replaceAll("(?s)BEGIN:VTIMEZONE\r\n.*?END:VTIMEZONE\r\n", "");
    }

    private TreeSet<Instant> between(VEvent event, Instant from, Instant to) {
        TreeSet<Instant> starts = new TreeSet<>();
        TimeZone timeZone = assignment(event).getTimeZone();
        ZoneId zone = ZoneId.of(timeZone.getID());
        DateIterator iterator = event.getDateIterator(timeZone);
        while (iterator.hasNext()) {
            // java.util.Calendar, which biweekly converts with, reads a repeated local time (the hour when
            // clocks go back) in standard time; RFC 5545 takes its first occurrence.
            Instant start = iterator.next().toInstant().atZone(zone).withEarlierOffsetAtOverlap().toInstant();
            if (!start.isBefore(to)) {
                break;
            }
            if (!start.isBefore(from)) {
                starts.add(start);
            }
        }

        // RFC 5545 counts DTSTART as the first instance. biweekly leaves it out when an event has RDATE
        // but no RRULE, so it is added here unless an EXDATE removes it.
        Instant first = event.getDateStart().getValue().toInstant();
        if (event.getRecurrenceRule() == null && !excluded(event, first)
                && !first.isBefore(from) && first.isBefore(to)) {
            starts.add(first);
        }
        return starts;
    }

    private static boolean excluded(VEvent event, Instant start) {
        for (ExceptionDates dates : event.getExceptionDates()) {
            for (ICalDate date : dates.getValues()) {
                if (date.toInstant().equals(start)) {
                    return true;
                }
            }
        }
        return false;
    }

    private TimezoneAssignment assignment(VEvent event) {
        TimezoneAssignment assignment = calendar.getTimezoneInfo().getTimezone(event.getDateStart());
        if (assignment == null) {
            throw new IllegalStateException("event " + event.getUid().getValue() + " has no zone for DTSTART");
        }
        return assignment;
    }

    private VEvent event(String uid) {
        return calendar.getEvents().stream()
                .filter(e -> e.getUid().getValue().equals(uid))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no event " + uid));
    }
}
