package io.calendarsync.emulator;

import com.google.gson.JsonObject;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/** One calendar of the emulator: its zone, who may see or change it, and its events by id. */
public final class EmulatedCalendar {

    private final String id;
    private final ZoneId zone;
    private final AtomicLong etags;
    private final Map<String, String> roles = new LinkedHashMap<>();
    final Map<String, JsonObject> events = new LinkedHashMap<>();

    EmulatedCalendar(String id, ZoneId zone, AtomicLong etags) {
        this.id = id;
        this.zone = zone;
        this.etags = etags;
    }

    String nextEtag() {
        return "\"" + etags.incrementAndGet() + "\"";
    }

    public String id() {
        return id;
    }

    public ZoneId zone() {
        return zone;
    }

    /** Gives {@code email} a role: {@code owner}, {@code writer}, {@code reader} or {@code freeBusyReader}. */
    public synchronized EmulatedCalendar share(String email, String role) {
        roles.put(email, role);
        return this;
    }

    synchronized String role(String email) {
        return roles.getOrDefault(email, "none");
    }

    /** Returns a copy of every stored event, tombstones included, in insertion order. */
    public synchronized List<JsonObject> events() {
        return events.values().stream().map(JsonObject::deepCopy).toList();
    }

    /** Returns the events whose status is not {@code cancelled}. */
    public synchronized List<JsonObject> liveEvents() {
        return events().stream().filter(e -> !"cancelled".equals(status(e))).toList();
    }

    public synchronized Optional<JsonObject> event(String eventId) {
        return Optional.ofNullable(events.get(eventId)).map(JsonObject::deepCopy);
    }

    /** Changes a stored event the way a person editing it in Google Calendar would, with a new etag. */
    public synchronized void editByHand(String eventId, Consumer<JsonObject> edit) {
        JsonObject event = events.get(eventId);
        if (event == null) {
            throw new IllegalArgumentException("no event " + eventId + " in calendar " + id);
        }
        edit.accept(event);
        event.addProperty("etag", nextEtag());
    }

    /** Stores an event as it is, for setting up a calendar made by an older tool or by hand. */
    public synchronized void putRaw(JsonObject event) {
        JsonObject stored = event.deepCopy();
        stored.addProperty("etag", nextEtag());
        events.put(stored.get("id").getAsString(), stored);
    }

    static String status(JsonObject event) {
        return event.has("status") ? event.get("status").getAsString() : "confirmed";
    }
}
