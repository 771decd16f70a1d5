package io.calendarsync.backend.ics;

import io.calendarsync.model.CalendarSyncException;
import java.io.IOException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarParserFactory;
import net.fortuna.ical4j.data.ContentHandlerContext;
import net.fortuna.ical4j.data.DefaultParameterFactorySupplier;
import net.fortuna.ical4j.data.DefaultPropertyFactorySupplier;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterFactory;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyFactory;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;

/**
 * An iCalendar file as calendar-sync found it: its events, its VTIMEZONEs by TZID, and whatever else it
 * contains (calendar properties, other components), which a rewrite keeps.
 */
record IcsDocument(
        List<Property> calendarProperties,
        Map<String, VTimeZone> timeZones,
        List<VEvent> events,
        List<CalendarComponent> otherComponents) {

    /**
     * Larger files are rejected before parsing, because ical4j keeps the whole calendar in memory: a 70 MB
     * file exhausted a 256 MB heap. 10,000 weekly meetings, each with a link, an attendee and a two-line
     * description, make a file of about 6 MB.
     */
    static final long MAX_FILE_BYTES = 32L * 1024 * 1024;

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
        checkReadable(file);
        Calendar calendar;
        // ical4j reads one character at a time, which costs a decoder call each without a buffer. Malformed
        // UTF-8 becomes U+FFFD, as in ical4j's own reader.
        try (Reader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
            calendar = builder().build(in);
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

    /** Rejects what would make parsing hang or exhaust memory: a device, a pipe or a very large file. */
    private static void checkReadable(Path file) {
        if (!Files.exists(file)) {
            return;
        }
        if (!Files.isRegularFile(file)) {
            throw new CalendarSyncException(CalendarSyncException.Kind.TARGET, "cannot read " + file + ": it is not a"
                    + " regular file; give the path of an iCalendar file");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw CalendarSyncException.target("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (size > MAX_FILE_BYTES) {
            throw new CalendarSyncException(CalendarSyncException.Kind.TARGET, String.format(Locale.ROOT,
                    "cannot read %s: it has %.1f MB, more than the %d MB calendar-sync reads; give calendar-sync a"
                            + " file of its own with --target ics:PATH",
                    file, size / (1024.0 * 1024.0), MAX_FILE_BYTES / (1024 * 1024)));
        }
    }

    /**
     * Returns a builder that keeps date and recurrence values as text and registers no zones: VTIMEZONEs stay
     * components to copy, and zones are resolved with the JDK's data by the code that reads the values.
     */
    private static CalendarBuilder builder() {
        List<PropertyFactory<?>> factories = new ArrayList<>(UnparsedProperty.factories());
        factories.addAll(new DefaultPropertyFactorySupplier().get());
        List<PropertyFactory<?>> properties = List.of(new PropertyFactoryIndex(factories));
        // ical4j calls the supplier once per parameter, so a fixed list saves rebuilding it every time.
        List<ParameterFactory<?>> parameters = new DefaultParameterFactorySupplier().get();
        ContentHandlerContext context = new ContentHandlerContext()
                .withPropertyFactorySupplier(() -> properties)
                .withParameterFactorySupplier(() -> parameters);
        return new CalendarBuilder(CalendarParserFactory.getInstance().get(), context, null);
    }

    private static String parserMessage(ParserException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
