package io.calendarsync.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The keys a meeting of calendar.yaml may have, with an example value for each and common misnamings. */
public final class MeetingKeys {

    /** Every key in the order the reference documents them. */
    public static final List<String> ALL = List.of("id", "name", "date", "time", "timezone", "frequency", "until",
            "count", "skip", "extra", "attendees", "video", "description", "organizer");

    private static final Map<String, String> EXAMPLES = Map.ofEntries(
            Map.entry("id", "kf100"),
            Map.entry("name", "Kubeflow Community Call"),
            Map.entry("date", "07/15/2025"),
            Map.entry("time", "8:00AM-8:55AM"),
            Map.entry("timezone", "America/Los_Angeles"),
            Map.entry("frequency", "bi-weekly"),
            Map.entry("until", "12/31/2025"),
            Map.entry("count", "10"),
            Map.entry("video", "https://zoom.us/j/123456789"),
            Map.entry("organizer", "octocat"),
            Map.entry("description", "Agenda: https://example.org/notes"));

    /** Names other calendar tools use for these keys, which edit distance alone would not find. */
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("title", "name"),
            Map.entry("summary", "name"),
            Map.entry("start", "date"),
            Map.entry("start_date", "date"),
            Map.entry("startdate", "date"),
            Map.entry("end", "until"),
            Map.entry("end_date", "until"),
            Map.entry("enddate", "until"),
            Map.entry("repeat", "frequency"),
            Map.entry("recurrence", "frequency"),
            Map.entry("tz", "timezone"),
            Map.entry("zone", "timezone"),
            Map.entry("time_zone", "timezone"),
            Map.entry("time-zone", "timezone"),
            Map.entry("location", "video"),
            Map.entry("link", "video"),
            Map.entry("url", "video"),
            Map.entry("zoom", "video"),
            Map.entry("owner", "organizer"),
            Map.entry("organiser", "organizer"),
            Map.entry("guests", "attendees"),
            Map.entry("participants", "attendees"),
            Map.entry("except", "skip"),
            Map.entry("exceptions", "skip"),
            Map.entry("exdate", "skip"),
            Map.entry("cancelled", "skip"),
            Map.entry("rdate", "extra"),
            Map.entry("occurrences", "count"));

    private MeetingKeys() {
    }

    public static String example(String key) {
        return EXAMPLES.getOrDefault(key, "...");
    }

    /** Returns the key the author probably meant by an unknown key, if any. */
    public static Optional<String> suggest(String unknownKey) {
        String synonym = SYNONYMS.get(unknownKey.strip().toLowerCase(java.util.Locale.ROOT));
        if (synonym != null) {
            return Optional.of(synonym);
        }
        return Suggestions.closest(unknownKey.strip(), ALL);
    }
}
