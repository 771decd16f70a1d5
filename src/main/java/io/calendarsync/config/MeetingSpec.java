package io.calendarsync.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One list item of calendar.yaml as written: every known key's value with its location, null where the key
 * is absent or its value had the wrong shape. {@link #keys()} maps each key present, whatever its value, to
 * the key's location. {@link #wellFormed()} is false when reading the item's structure already found an
 * error, such as a duplicate or unknown key.
 */
public record MeetingSpec(
        int position,
        String subject,
        SourceLocation location,
        Map<String, SourceLocation> keys,
        boolean wellFormed,
        ScalarSpec id,
        ScalarSpec name,
        ScalarSpec date,
        ScalarSpec time,
        ScalarSpec timezone,
        ScalarSpec frequency,
        ScalarSpec until,
        ScalarSpec count,
        List<DatedNoteSpec> skip,
        List<DatedNoteSpec> extra,
        List<AttendeeSpec> attendees,
        ScalarSpec video,
        DescriptionSpec description,
        ScalarSpec organizer) {

    public MeetingSpec {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(location, "location");
        keys = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(keys));
        skip = List.copyOf(skip);
        extra = List.copyOf(extra);
        attendees = List.copyOf(attendees);
    }

    public boolean has(String key) {
        return keys.containsKey(key);
    }

    /** Returns where {@code key} is written, or the meeting's own location when the key is absent. */
    public SourceLocation keyLocation(String key) {
        return keys.getOrDefault(key, location);
    }
}
