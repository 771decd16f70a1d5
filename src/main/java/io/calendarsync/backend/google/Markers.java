package io.calendarsync.backend.google;

import com.google.api.services.calendar.model.Event.ExtendedProperties;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The private extended properties calendar-sync keeps on each event it writes: the meeting id (the
 * managed marker), the organizer from calendar.yaml (Google's own organizer field is read-only) and the
 * hash of each field as last written, which lets the planner tell hand edits from changes in the file.
 * Private properties are visible only through this calendar's API, not to attendees.
 */
final class Markers {

    static final String MEETING = "calendarSyncMeeting";
    static final String ORGANIZER = "calendarSyncOrganizer";
    static final String HASHES = "calendarSyncHashes";

    private Markers() {
    }

    static Map<String, String> privateProperties(com.google.api.services.calendar.model.Event event) {
        ExtendedProperties properties = event.getExtendedProperties();
        if (properties == null || properties.getPrivate() == null) {
            return Map.of();
        }
        return properties.getPrivate();
    }

    static Optional<String> meetingId(com.google.api.services.calendar.model.Event event) {
        return Optional.ofNullable(privateProperties(event).get(MEETING)).filter(id -> !id.isBlank());
    }

    /** Encodes field hashes as {@code summary=1a2b3c4d;start=...}, one property well under the 1,024-character limit. */
    static String encodeHashes(Map<String, String> hashes) {
        StringBuilder text = new StringBuilder();
        hashes.forEach((field, hash) -> text.append(text.isEmpty() ? "" : ";").append(field).append('=').append(hash));
        return text.toString();
    }

    static Map<String, String> decodeHashes(String text) {
        Map<String, String> hashes = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return hashes;
        }
        for (String pair : text.split(";")) {
            String[] parts = pair.split("=", 2);
            if (parts.length == 2 && !parts[0].isBlank()) {
                hashes.put(parts[0].strip(), parts[1].strip());
            }
        }
        return hashes;
    }
}
