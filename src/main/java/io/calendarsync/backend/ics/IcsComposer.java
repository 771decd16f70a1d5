package io.calendarsync.backend.ics;

import io.calendarsync.model.Event;
import io.calendarsync.plan.Change;
import io.calendarsync.plan.ChangeKind;
import io.calendarsync.plan.Plan;
import io.calendarsync.recurrence.Occurrences;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Computes the calendar a file contains after a plan: the events the plan does not touch exactly as they
 * were, each changed event as the plan wants it, removed events gone. Output order is fixed (VTIMEZONEs by
 * TZID, then events by UID), and a rewritten event keeps its DTSTAMP and SEQUENCE when its content did
 * not change, so an unchanged calendar gives the same bytes on every run.
 */
final class IcsComposer {

    private static final DateTimeFormatter UTC_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private IcsComposer() {
    }

    static Calendar compose(IcsDocument current, Plan plan, Instant now) {
        // Events by UID; an event with overridden instances has several components under one UID.
        TreeMap<String, List<VEvent>> events = new TreeMap<>();
        List<VEvent> withoutUid = new ArrayList<>();
        for (VEvent event : current.events()) {
            Optional<String> uid = VEventReader.uid(event);
            if (uid.isPresent()) {
                events.computeIfAbsent(uid.get(), id -> new ArrayList<>()).add(event);
            } else {
                withoutUid.add(event);
            }
        }

        List<String> rewritten = new ArrayList<>();
        for (Change change : plan.changes()) {
            if (change.kind() == ChangeKind.DELETE || change.desired().isEmpty()) {
                events.remove(change.eventId());
                continue;
            }
            Event desired = change.desired().get();
            Occurrences.check(desired);
            Optional<VEvent> previous = master(events.getOrDefault(desired.id(), List.of()));
            events.put(desired.id(), List.of(rewrite(desired, previous, now)));
            rewritten.add(desired.id());
        }

        List<VEvent> ordered = new ArrayList<>();
        events.values().forEach(group -> ordered.addAll(sortInstances(group)));
        withoutUid.sort(Comparator.comparing(VEvent::toString));
        ordered.addAll(withoutUid);

        List<CalendarComponent> components = new ArrayList<>(
                IcsTimeZones.forEvents(ordered, rewrittenEvents(events, rewritten), current.timeZones()));
        components.addAll(ordered);
        components.addAll(current.otherComponents());
        return new Calendar(calendarProperties(current), new ComponentList<>(components));
    }

    /** Returns the new VEVENT of a changed event, keeping DTSTAMP and SEQUENCE when nothing else changed. */
    private static VEvent rewrite(Event desired, Optional<VEvent> previous, Instant now) {
        if (previous.isEmpty()) {
            return VEventWriter.write(desired, now, 0);
        }
        Instant previousStamp = stamp(previous.get()).orElse(now);
        int previousSequence = sequence(previous.get());
        VEvent unchanged = VEventWriter.write(desired, previousStamp, previousSequence);
        if (content(unchanged).equals(content(previous.get()))) {
            return unchanged;
        }
        return VEventWriter.write(desired, now, previousSequence + 1);
    }

    private static List<VEvent> rewrittenEvents(TreeMap<String, List<VEvent>> events, List<String> ids) {
        List<VEvent> rewritten = new ArrayList<>();
        for (String id : ids) {
            rewritten.addAll(events.getOrDefault(id, List.of()));
        }
        return rewritten;
    }

    /** Returns the event's text without DTSTAMP and SEQUENCE, which record when it was written, not what it is. */
    private static String content(VEvent event) {
        return event.getProperties().stream()
                .filter(p -> !p.getName().equalsIgnoreCase(Property.DTSTAMP) && !p.getName().equalsIgnoreCase(Property.SEQUENCE))
                .map(Property::toString)
                .collect(Collectors.joining());
    }

    private static Optional<VEvent> master(List<VEvent> group) {
        return group.stream().filter(e -> e.getProperty(Property.RECURRENCE_ID).isEmpty()).findFirst();
    }

    /** Sorts the series first, then its overridden instances by RECURRENCE-ID. */
    private static List<VEvent> sortInstances(List<VEvent> group) {
        return group.stream()
                .sorted(Comparator.comparing((VEvent e) -> e.getProperty(Property.RECURRENCE_ID).isPresent())
                        .thenComparing(e -> e.getProperty(Property.RECURRENCE_ID).map(Property::getValue).orElse("")))
                .toList();
    }

    private static Optional<Instant> stamp(VEvent event) {
        Optional<Property> stamp = event.getProperty(Property.DTSTAMP);
        try {
            return stamp.map(p -> LocalDateTime.parse(p.getValue().strip().toUpperCase(Locale.ROOT), UTC_STAMP)
                    .toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static int sequence(VEvent event) {
        try {
            return event.getProperty(Property.SEQUENCE).map(p -> Integer.parseInt(p.getValue().strip())).orElse(0);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** PRODID, VERSION and CALSCALE of calendar-sync, then any other calendar property the file had. */
    private static PropertyList calendarProperties(IcsDocument current) {
        List<Property> properties = new ArrayList<>();
        properties.add(new ProdId(IcsProperties.PRODID));
        properties.add(ImmutableVersion.VERSION_2_0);
        properties.add(ImmutableCalScale.GREGORIAN);
        for (Property property : current.calendarProperties()) {
            String name = property.getName().toUpperCase(Locale.ROOT);
            if (!List.of(Property.PRODID, Property.VERSION, Property.CALSCALE).contains(name)) {
                properties.add(property);
            }
        }
        return new PropertyList(properties);
    }
}
