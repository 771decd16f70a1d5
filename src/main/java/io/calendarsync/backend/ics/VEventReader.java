package io.calendarsync.backend.ics;

import io.calendarsync.backend.TargetEvent;
import io.calendarsync.model.Event;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * Reads a VEVENT back into the {@link Event} calendar-sync wrote. Values are taken as text and parsed
 * with the JDK's zone data, the same data the writer used, so a written event reads back equal. An event
 * in a date (all day) or in floating time, which calendar-sync never writes, is read in UTC.
 */
final class VEventReader {

    private static final DateTimeFormatter BASIC_DATE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final List<String> RECURRENCE_PROPERTIES = List.of("RRULE", "RDATE", "EXDATE", "EXRULE");

    private VEventReader() {
    }

    /** The reasons an event cannot be read, for the caller to name the file. */
    static final class UnreadableEventException extends Exception {
        UnreadableEventException(String message) {
            super(message);
        }

        UnreadableEventException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static boolean managed(VEvent component) {
        return component.getProperty(IcsProperties.MANAGED).isPresent();
    }

    static Optional<String> uid(VEvent component) {
        return component.getProperty(Property.UID).map(Property::getValue).map(String::strip);
    }

    static TargetEvent read(VEvent component) throws UnreadableEventException {
        String id = uid(component).orElseThrow(() -> new UnreadableEventException("a VEVENT has no UID"));
        try {
            return read(component, id);
        } catch (DateTimeException e) {
            // ical4j resolves TZID when it formats a date value and fails on a zone it cannot find.
            throw new UnreadableEventException("event " + id + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static TargetEvent read(VEvent component, String id) throws UnreadableEventException {
        Property startProperty = component.getProperty(Property.DTSTART)
                .orElseThrow(() -> new UnreadableEventException("event " + id + " has no DTSTART"));
        ZonedDateTime start = dateTime(startProperty, Optional.empty(), id);
        ZonedDateTime end = end(component, start, id);

        Event event = new Event(
                id,
                text(component, Property.SUMMARY),
                text(component, Property.DESCRIPTION),
                text(component, Property.LOCATION),
                start.toLocalDateTime(),
                end.withZoneSameInstant(start.getZone()).toLocalDateTime(),
                start.getZone(),
                recurrence(component),
                attendees(component),
                organizer(component));
        boolean cancelled = component.getProperty(Property.STATUS)
                .map(status -> status.getValue().strip().equalsIgnoreCase("CANCELLED"))
                .orElse(false);
        return new TargetEvent(event, managed(component), cancelled, "", hashes(component));
    }

    private static ZonedDateTime end(VEvent component, ZonedDateTime start, String id) throws UnreadableEventException {
        Optional<Property> end = component.getProperty(Property.DTEND);
        if (end.isPresent()) {
            return dateTime(end.get(), Optional.of(start.getZone()), id);
        }
        Optional<Property> duration = component.getProperty(Property.DURATION);
        if (duration.isPresent()) {
            return start.plus(duration(duration.get().getValue().strip(), id));
        }
        // RFC 5545: without DTEND or DURATION a dated event lasts one day and a timed one has no length.
        boolean allDay = isDate(component.getProperty(Property.DTSTART).orElseThrow());
        return allDay ? start.plusDays(1) : start;
    }

    /**
     * Parses a DATE-TIME or DATE property. TZID names the zone; a value ending in {@code Z} is UTC; a
     * date or a floating time is read in {@code fallbackZone}, or UTC without one.
     */
    private static ZonedDateTime dateTime(Property property, Optional<ZoneId> fallbackZone, String id)
            throws UnreadableEventException {
        String value = property.getValue().strip().toUpperCase(Locale.ROOT);
        try {
            if (isDate(property)) {
                return LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE).atStartOfDay(fallbackZone.orElse(ZoneOffset.UTC));
            }
            if (value.endsWith("Z")) {
                LocalDateTime utc = LocalDateTime.parse(value.substring(0, value.length() - 1), BASIC_DATE_TIME);
                return utc.atZone(ZoneOffset.UTC).withZoneSameInstant(fallbackZone.orElse(ZoneOffset.UTC));
            }
            Optional<String> tzid = property.getParameter(Parameter.TZID).map(Parameter::getValue);
            ZoneId zone = tzid.isPresent() ? zone(tzid.get(), property, id) : fallbackZone.orElse(ZoneOffset.UTC);
            return LocalDateTime.parse(value, BASIC_DATE_TIME).atZone(zone);
        } catch (DateTimeParseException e) {
            throw new UnreadableEventException("event " + id + " has an invalid " + property.getName() + " '"
                    + property.getValue() + "'", e);
        }
    }

    private static ZoneId zone(String tzid, Property property, String id) throws UnreadableEventException {
        String unquoted = tzid.strip().replace("\"", "");
        try {
            return ZoneId.of(unquoted);
        } catch (RuntimeException e) {
            throw new UnreadableEventException("event " + id + " has " + property.getName() + " in TZID '"
                    + unquoted + "', which is not an IANA time zone this Java runtime knows", e);
        }
    }

    private static boolean isDate(Property property) {
        return property.getParameter(Parameter.VALUE)
                .map(value -> value.getValue().equalsIgnoreCase("DATE"))
                .orElse(property.getValue().strip().length() == 8);
    }

    private static TemporalAmount duration(String text, String id) throws UnreadableEventException {
        try {
            // Weeks are nominal (Period); other RFC 5545 durations read as exact Java Durations.
            return text.toUpperCase(Locale.ROOT).endsWith("W") ? Period.parse(text) : Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new UnreadableEventException("event " + id + " has an invalid DURATION '" + text + "'", e);
        }
    }

    private static String text(VEvent component, String name) {
        return component.getProperty(name).map(property -> TextValues.unescape(property.getValue())).orElse("");
    }

    /** Recurrence properties as content lines, in file order, such as {@code EXDATE;TZID=…:…}. */
    private static List<String> recurrence(VEvent component) {
        List<String> lines = new ArrayList<>();
        for (Property property : component.getProperties()) {
            if (RECURRENCE_PROPERTIES.contains(property.getName().toUpperCase(Locale.ROOT))) {
                StringBuilder line = new StringBuilder(property.getName());
                for (Parameter parameter : property.getParameters()) {
                    line.append(';').append(parameter);
                }
                lines.add(line.append(':').append(property.getValue().strip()).toString());
            }
        }
        return lines;
    }

    private static List<String> attendees(VEvent component) {
        List<String> emails = new ArrayList<>();
        for (Property attendee : component.getProperties(Property.ATTENDEE)) {
            emails.add(withoutMailto(attendee.getValue()));
        }
        return emails;
    }

    /** Returns the organizer from calendar-sync's X- property, else the ORGANIZER address another tool wrote. */
    private static String organizer(VEvent component) {
        return component.getProperty(IcsProperties.ORGANIZER)
                .or(() -> component.getProperty(Property.ORGANIZER))
                .map(property -> withoutMailto(property.getValue()))
                .orElse("");
    }

    private static String withoutMailto(String value) {
        String stripped = value.strip();
        return stripped.regionMatches(true, 0, "mailto:", 0, 7) ? stripped.substring(7) : stripped;
    }

    private static Map<String, String> hashes(VEvent component) {
        Map<String, String> hashes = new LinkedHashMap<>();
        component.getProperty(IcsProperties.APPLIED_HASHES).ifPresent(property -> {
            for (String pair : property.getValue().strip().split("\\s+")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    hashes.put(pair.substring(0, equals), pair.substring(equals + 1));
                }
            }
        });
        return hashes;
    }
}
