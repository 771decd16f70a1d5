package io.calendarsync.backend.ics;

import io.calendarsync.model.Event;
import io.calendarsync.plan.EventField;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.parameter.XParameter;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;

/**
 * Writes a managed {@link Event} as a VEVENT with a fixed property order. Text values are stripped of
 * surrounding white space, because RFC 5545 cannot keep it and parsers such as ical4j drop it on read.
 */
final class VEventWriter {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC_DATE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private VEventWriter() {
    }

    static VEvent write(Event event, Instant stamp, int sequence) {
        List<Property> properties = new ArrayList<>();
        properties.add(new Uid(event.id()));
        properties.add(new UnparsedProperty(Property.DTSTAMP, UTC_DATE_TIME.format(stamp)));
        properties.add(new Sequence(sequence));
        properties.add(start(event));
        properties.add(end(event));
        for (String line : event.recurrence()) {
            properties.add(property(line.strip()));
        }
        properties.add(new Summary(event.summary().strip()));
        addText(properties, new Description(event.description().strip()));
        addText(properties, new Location(event.location().strip()));
        for (String email : event.attendees()) {
            properties.add(new Attendee("mailto:" + email.strip()));
        }
        if (!event.organizer().isBlank()) {
            properties.add(new XProperty(IcsProperties.ORGANIZER, event.organizer().strip()));
        }
        properties.add(new XProperty(IcsProperties.MANAGED, IcsProperties.MANAGED_VALUE));
        properties.add(new XProperty(IcsProperties.APPLIED_HASHES, hashes(event)));
        return new VEvent(new PropertyList(properties));
    }

    /** Zone ids get TZID and a VTIMEZONE; an event held in a fixed offset is written in UTC. */
    private static Property start(Event event) {
        return dateTime(Property.DTSTART, event.start(), event.zone());
    }

    private static Property end(Event event) {
        return dateTime(Property.DTEND, event.end(), event.zone());
    }

    private static Property dateTime(String name, LocalDateTime local, ZoneId zone) {
        if (zone instanceof ZoneOffset) {
            return new UnparsedProperty(name, UTC_DATE_TIME.format(local.atZone(zone)));
        }
        return new UnparsedProperty(name, new ParameterList(List.of(new TzId(zone.getId()))), DATE_TIME.format(local));
    }

    private static void addText(List<Property> properties, Property property) {
        if (!property.getValue().isEmpty()) {
            properties.add(property);
        }
    }

    static String hashes(Event event) {
        StringJoiner joined = new StringJoiner(" ");
        for (Map.Entry<String, String> hash : EventField.hashes(event).entrySet()) {
            joined.add(hash.getKey() + "=" + hash.getValue());
        }
        return joined.toString();
    }

    /**
     * Builds the property of a recurrence line such as {@code EXDATE;TZID=…:…}, keeping its value as
     * written. Callers check the lines first with {@link io.calendarsync.recurrence.Occurrences#check}.
     *
     * @throws IllegalArgumentException for a line that is not RRULE, EXDATE or RDATE
     */
    static Property property(String line) {
        int colon = valueStart(line);
        List<String> head = ContentLineParameters.split(line.substring(0, colon));
        String name = head.get(0).strip().toUpperCase(Locale.ROOT);
        if (!List.of("RRULE", "EXDATE", "RDATE").contains(name)) {
            throw new IllegalArgumentException("unsupported recurrence line '" + line
                    + "': expected RRULE, EXDATE or RDATE");
        }
        ParameterList parameters = new ParameterList(head.subList(1, head.size()).stream()
                .map(VEventWriter::parameter)
                .toList());
        return new UnparsedProperty(name, parameters, line.substring(colon + 1).strip());
    }

    private static Parameter parameter(String text) {
        int equals = text.indexOf('=');
        if (equals < 0) {
            throw new IllegalArgumentException("invalid parameter '" + text + "': no '=' before the value");
        }
        String name = text.substring(0, equals).strip().toUpperCase(Locale.ROOT);
        String value = text.substring(equals + 1).strip().replace("\"", "");
        return switch (name) {
            case Parameter.TZID -> new TzId(value);
            case Parameter.VALUE -> new Value(value.toUpperCase(Locale.ROOT));
            default -> new XParameter(name, value);
        };
    }

    /** Returns the index of the colon that starts the value, the first one outside a quoted parameter value. */
    private static int valueStart(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ':' && !quoted) {
                return i;
            }
        }
        throw new IllegalArgumentException("invalid content line '" + line + "': no ':' before the value");
    }
}
