package io.calendarsync.backend.ics;

import io.calendarsync.model.Event;
import io.calendarsync.plan.EventField;
import java.time.Instant;
import java.time.ZoneOffset;
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
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.RDate;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;

/**
 * Writes a managed {@link Event} as a VEVENT with a fixed property order. Text values are stripped of
 * surrounding white space because RFC 5545 cannot keep it: parsers, ical4j among them, drop it on read.
 */
final class VEventWriter {

    private VEventWriter() {
    }

    static VEvent write(Event event, Instant stamp, int sequence) {
        List<Property> properties = new ArrayList<>();
        properties.add(new Uid(event.id()));
        properties.add(new DtStamp(stamp));
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
        if (event.zone() instanceof ZoneOffset) {
            return new DtStart<>(event.start().atZone(event.zone()).toInstant());
        }
        return new DtStart<>(event.start().atZone(event.zone()));
    }

    private static Property end(Event event) {
        if (event.zone() instanceof ZoneOffset) {
            return new DtEnd<>(event.end().atZone(event.zone()).toInstant());
        }
        return new DtEnd<>(event.end().atZone(event.zone()));
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
     * Builds the ical4j property of a recurrence line such as {@code EXDATE;TZID=…:…}.
     *
     * @throws IllegalArgumentException for a line that is not RRULE, EXDATE or RDATE
     */
    static Property property(String line) {
        int colon = valueStart(line);
        List<String> head = ContentLineParameters.split(line.substring(0, colon));
        String name = head.get(0).strip().toUpperCase(Locale.ROOT);
        String value = line.substring(colon + 1).strip();
        ParameterList parameters = new ParameterList(head.subList(1, head.size()).stream()
                .map(VEventWriter::parameter)
                .toList());
        return switch (name) {
            case "RRULE" -> new RRule<>(parameters, value);
            case "EXDATE" -> new ExDate<>(parameters, value);
            case "RDATE" -> new RDate<>(parameters, value);
            default -> throw new IllegalArgumentException("unsupported recurrence line '" + line
                    + "': expected RRULE, EXDATE or RDATE");
        };
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

    /** The colon that starts the value: the first one outside a quoted parameter value. */
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
