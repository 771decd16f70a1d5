package io.calendarsync.plan;

import io.calendarsync.model.Event;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The fields of an {@link Event} that calendar-sync owns, each with a canonical form that compares meaning
 * rather than text (instants, rule parts in any order, e-mails in any case) and a form for display.
 */
public enum EventField {
    SUMMARY("summary", e -> e.summary().strip(), Event::summary),
    DESCRIPTION("description", e -> e.description().strip(), Event::description),
    LOCATION("location", e -> e.location().strip(), Event::location),
    START("start", e -> instantInZone(e, true), e -> display(e, true)),
    END("end", e -> instantInZone(e, false), e -> display(e, false)),
    RECURRENCE("recurrence", e -> RecurrenceLines.canonical(e.recurrence(), e.zone()), e -> String.join("\n", e.recurrence())),
    ATTENDEES("attendees", EventField::canonicalAttendees, e -> String.join(", ", e.attendees())),
    ORGANIZER("organizer", e -> e.organizer().strip(), Event::organizer);

    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final String key;
    private final Function<Event, String> canonical;
    private final Function<Event, String> display;

    EventField(String key, Function<Event, String> canonical, Function<Event, String> display) {
        this.key = key;
        this.canonical = canonical;
        this.display = display;
    }

    /** Returns the field's name in plans, JSON and stored hashes. */
    public String key() {
        return key;
    }

    public String canonical(Event event) {
        return canonical.apply(event);
    }

    public String display(Event event) {
        return display.apply(event);
    }

    public boolean differs(Event a, Event b) {
        return !canonical(a).equals(canonical(b));
    }

    /** Returns a short, stable hash of the field's canonical value, for targets that store what they last wrote. */
    public String hash(Event event) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical(event).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    /** Hashes of every field, keyed by {@link #key()}, as targets store them with an event. */
    public static Map<String, String> hashes(Event event) {
        Map<String, String> hashes = new LinkedHashMap<>();
        for (EventField field : values()) {
            hashes.put(field.key, field.hash(event));
        }
        return hashes;
    }

    private static String instantInZone(Event event, boolean start) {
        var local = start ? event.start() : event.end();
        return local.atZone(event.zone()).toInstant() + "@" + event.zone().normalized().getId();
    }

    private static String display(Event event, boolean start) {
        var local = start ? event.start() : event.end();
        return DISPLAY.format(local) + " " + event.zone().getId();
    }

    private static String canonicalAttendees(Event event) {
        TreeSet<String> emails = new TreeSet<>();
        for (String email : event.attendees()) {
            emails.add(email.strip().toLowerCase(Locale.ROOT));
        }
        return String.join(",", emails);
    }
}
