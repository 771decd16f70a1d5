package io.calendarsync.backend.google;

import com.google.api.client.util.DateTime;
import com.google.api.services.calendar.model.EventAttendee;
import com.google.api.services.calendar.model.EventDateTime;
import io.calendarsync.backend.TargetEvent;
import io.calendarsync.model.Event;
import io.calendarsync.plan.EventField;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Conversions between Google Calendar's event resource and calendar-sync's {@link Event}. Google returns
 * date-times with an offset in the calendar's zone; the event's own zone is in {@code timeZone}, so the
 * local time is taken in that zone, not from the offset.
 */
final class GoogleEvents {

    static final String CANCELLED = "cancelled";
    static final String CONFIRMED = "confirmed";

    /** Start and end of a tombstone, which Google returns without times; the planner never reads them. */
    private static final LocalDateTime NO_TIME = LocalDateTime.of(1970, 1, 1, 0, 0);

    private GoogleEvents() {
    }

    static TargetEvent toTargetEvent(com.google.api.services.calendar.model.Event google, ZoneId calendarZone) {
        boolean cancelled = CANCELLED.equals(google.getStatus());
        Map<String, String> properties = Markers.privateProperties(google);
        Event event = toEvent(google, calendarZone);
        return new TargetEvent(
                event,
                Markers.meetingId(google).isPresent(),
                cancelled,
                google.getEtag(),
                Markers.decodeHashes(properties.get(Markers.HASHES)));
    }

    static Event toEvent(com.google.api.services.calendar.model.Event google, ZoneId calendarZone) {
        Timed start = timed(google.getStart(), calendarZone, calendarZone);
        Timed end = timed(google.getEnd(), start.zone(), calendarZone);
        List<String> attendees = new ArrayList<>();
        if (google.getAttendees() != null) {
            for (EventAttendee attendee : google.getAttendees()) {
                if (attendee.getEmail() != null && !Boolean.TRUE.equals(attendee.getResource())) {
                    attendees.add(attendee.getEmail());
                }
            }
        }
        return new Event(
                google.getId(),
                google.getSummary(),
                google.getDescription(),
                google.getLocation(),
                start.local(),
                end.local(),
                start.zone(),
                google.getRecurrence() == null ? List.of() : google.getRecurrence(),
                attendees,
                Markers.privateProperties(google).get(Markers.ORGANIZER));
    }

    /**
     * Builds the body of an insert or patch that makes the event equal to {@code desired}, with the managed
     * marker and field hashes. Attendees whose e-mail stays keep their response, and room resources stay,
     * because a patch replaces the whole attendee list.
     */
    static com.google.api.services.calendar.model.Event body(Event desired,
            Optional<com.google.api.services.calendar.model.Event> current) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(Markers.MEETING, desired.id());
        properties.put(Markers.ORGANIZER, desired.organizer());
        properties.put(Markers.HASHES, Markers.encodeHashes(EventField.hashes(desired)));

        return new com.google.api.services.calendar.model.Event()
                .setStatus(CONFIRMED)
                .setSummary(desired.summary())
                .setDescription(desired.description())
                .setLocation(desired.location())
                .setStart(dateTime(desired.start(), desired.zone()))
                .setEnd(dateTime(desired.end(), desired.zone()))
                .setRecurrence(new ArrayList<>(desired.recurrence()))
                .setAttendees(attendees(desired.attendees(), current))
                .setExtendedProperties(new com.google.api.services.calendar.model.Event.ExtendedProperties()
                        .setPrivate(properties));
    }

    /** Whether {@code google} already is what {@link #body} would write, marker and hashes included. */
    static boolean matches(com.google.api.services.calendar.model.Event google, Event desired, ZoneId calendarZone) {
        if (CANCELLED.equals(google.getStatus())) {
            return false;
        }
        Event actual = toEvent(google, calendarZone);
        for (EventField field : EventField.values()) {
            if (field.differs(actual, desired)) {
                return false;
            }
        }
        Map<String, String> properties = Markers.privateProperties(google);
        return desired.id().equals(properties.get(Markers.MEETING))
                && Markers.decodeHashes(properties.get(Markers.HASHES)).equals(EventField.hashes(desired));
    }

    private static List<EventAttendee> attendees(List<String> emails,
            Optional<com.google.api.services.calendar.model.Event> current) {
        Map<String, EventAttendee> existing = new LinkedHashMap<>();
        List<EventAttendee> result = new ArrayList<>();
        List<EventAttendee> currentAttendees = current.map(com.google.api.services.calendar.model.Event::getAttendees)
                .orElse(List.of());
        for (EventAttendee attendee : currentAttendees) {
            if (Boolean.TRUE.equals(attendee.getResource())) {
                result.add(attendee);
            } else if (attendee.getEmail() != null) {
                existing.put(attendee.getEmail().toLowerCase(Locale.ROOT), attendee);
            }
        }
        for (String email : emails) {
            EventAttendee kept = existing.get(email.strip().toLowerCase(Locale.ROOT));
            result.add(kept != null ? kept.clone().setSelf(null).setOrganizer(null) : new EventAttendee().setEmail(email));
        }
        return result;
    }

    private static EventDateTime dateTime(LocalDateTime local, ZoneId zone) {
        ZonedDateTime zoned = local.atZone(zone);
        int offsetMinutes = zoned.getOffset().getTotalSeconds() / 60;
        return new EventDateTime()
                .setDateTime(new DateTime(zoned.toInstant().toEpochMilli(), offsetMinutes))
                .setTimeZone(zone.getId());
    }

    private record Timed(LocalDateTime local, ZoneId zone) {
    }

    private static Timed timed(EventDateTime value, ZoneId fallbackZone, ZoneId calendarZone) {
        if (value == null) {
            return new Timed(NO_TIME, ZoneOffset.UTC);
        }
        ZoneId zone = zone(value.getTimeZone()).orElse(fallbackZone);
        if (value.getDateTime() != null) {
            Instant instant = Instant.ofEpochMilli(value.getDateTime().getValue());
            return new Timed(LocalDateTime.ofInstant(instant, zone), zone);
        }
        if (value.getDate() != null) {
            // An all-day event, which calendar-sync never writes: its day starts at midnight in the calendar's zone.
            LocalDate day = LocalDate.parse(value.getDate().toStringRfc3339());
            return new Timed(day.atStartOfDay(), calendarZone);
        }
        return new Timed(NO_TIME, ZoneOffset.UTC);
    }

    private static Optional<ZoneId> zone(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException unknownZone) {
            return Optional.empty();
        }
    }
}
