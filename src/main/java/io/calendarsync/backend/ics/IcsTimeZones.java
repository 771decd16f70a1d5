package io.calendarsync.backend.ics;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;

/**
 * Chooses the VTIMEZONE of every TZID the events use. A zone that a rewritten event uses, or that has no
 * VTIMEZONE yet, is built from the JDK's data starting at the earliest DTSTART in that zone. Any other
 * zone keeps the component the file had, so untouched events stay exactly as they were.
 */
final class IcsTimeZones {

    private static final DateTimeFormatter BASIC_DATE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private IcsTimeZones() {
    }

    static List<VTimeZone> forEvents(List<VEvent> events, List<VEvent> rewritten, Map<String, VTimeZone> existing) {
        TreeMap<String, Instant> earliestByTzid = new TreeMap<>();
        for (VEvent event : events) {
            for (String tzid : tzids(event)) {
                Instant start = start(event, tzid).orElse(Instant.MAX);
                earliestByTzid.merge(tzid, start, (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        Set<String> rebuilt = new HashSet<>();
        rewritten.forEach(event -> rebuilt.addAll(tzids(event)));

        List<VTimeZone> zones = new ArrayList<>();
        earliestByTzid.forEach((tzid, earliest) -> {
            Optional<ZoneId> zone = jdkZone(tzid);
            boolean build = zone.isPresent() && (rebuilt.contains(tzid) || !existing.containsKey(tzid));
            if (build) {
                zones.add(VTimeZones.build(zone.get(), earliest.equals(Instant.MAX) ? Instant.EPOCH : earliest));
            } else if (existing.containsKey(tzid)) {
                zones.add(existing.get(tzid));
            }
        });
        return zones;
    }

    /** Returns every TZID parameter on the event's properties (DTSTART, DTEND, EXDATE, RDATE, RECURRENCE-ID). */
    private static Set<String> tzids(VEvent event) {
        Set<String> tzids = new HashSet<>();
        for (Property property : event.getProperties()) {
            property.getParameter(Parameter.TZID).ifPresent(tzid -> tzids.add(tzid.getValue()));
        }
        return tzids;
    }

    /** Returns the earliest date-time the event gives in {@code tzid}, usually its DTSTART. */
    private static Optional<Instant> start(VEvent event, String tzid) {
        Optional<ZoneId> zone = jdkZone(tzid);
        if (zone.isEmpty()) {
            return Optional.empty();
        }
        Optional<Instant> earliest = Optional.empty();
        for (Property property : event.getProperties()) {
            if (!property.getParameter(Parameter.TZID).map(p -> p.getValue().equals(tzid)).orElse(false)) {
                continue;
            }
            for (String value : property.getValue().split(",")) {
                try {
                    Instant instant = LocalDateTime.parse(value.strip(), BASIC_DATE_TIME).atZone(zone.get()).toInstant();
                    earliest = earliest.filter(e -> e.isBefore(instant)).or(() -> Optional.of(instant));
                } catch (DateTimeParseException e) {
                    // A DATE value or a PERIOD carries no start time that changes which observances apply.
                }
            }
        }
        return earliest;
    }

    private static Optional<ZoneId> jdkZone(String tzid) {
        try {
            return Optional.of(ZoneId.of(tzid.replace("\"", "").strip()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
