package io.calendarsync.backend.ics;

import io.calendarsync.model.CalendarSyncException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;

/**
 * An iCalendar file as calendar-sync found it: its events, its VTIMEZONEs by TZID, and whatever else it
 * holds (calendar properties, other components), which a rewrite keeps.
 */
record IcsDocument(
        List<Property> calendarProperties,
        Map<String, VTimeZone> timeZones,
        List<VEvent> events,
        List<CalendarComponent> otherComponents) {

    IcsDocument {
        calendarProperties = List.copyOf(calendarProperties);
        timeZones = Map.copyOf(timeZones);
        events = List.copyOf(events);
        otherComponents = List.copyOf(otherComponents);
    }

    static IcsDocument empty() {
        return new IcsDocument(List.of(), Map.of(), List.of(), List.of());
    }

    /**
     * Parses {@code file}; a missing file is an empty calendar.
     *
     * @throws CalendarSyncException of kind TARGET naming the file and the problem
     */
    static IcsDocument read(Path file) {
        Calendar calendar;
        try (InputStream in = Files.newInputStream(file)) {
            calendar = new CalendarBuilder().build(in);
        } catch (NoSuchFileException e) {
            return empty();
        } catch (ParserException e) {
            throw CalendarSyncException.target(file + ":" + e.getLineNo() + ": invalid iCalendar data: "
                    + parserMessage(e) + "; fix the file or move it away so calendar-sync writes a new one", e);
        } catch (IOException | RuntimeException e) {
            throw CalendarSyncException.target("cannot read " + file + ": " + e.getMessage()
                    + "; check that it is a readable iCalendar file", e);
        }

        Map<String, VTimeZone> timeZones = new LinkedHashMap<>();
        List<VEvent> events = new ArrayList<>();
        List<CalendarComponent> others = new ArrayList<>();
        for (CalendarComponent component : calendar.getComponents()) {
            if (component instanceof VTimeZone zone) {
                zone.getProperty(Property.TZID).ifPresent(tzid -> timeZones.put(tzid.getValue(), zone));
            } else if (component instanceof VEvent event) {
                events.add(event);
            } else {
                others.add(component);
            }
        }
        return new IcsDocument(calendar.getProperties(), timeZones, events, others);
    }

    private static String parserMessage(ParserException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
