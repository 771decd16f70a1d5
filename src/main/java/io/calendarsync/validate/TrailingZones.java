package io.calendarsync.validate;

import io.calendarsync.config.ScalarSpec;
import io.calendarsync.config.Texts;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Explains text after the end time of {@code time:}. Authors often append a zone, as in
 * {@code 6:00-7:00 PM (CET)}; the zone is then ignored by every calendar, so it must move to
 * {@code timezone:}.
 */
final class TrailingZones {

    private static final Pattern ABBREVIATION_LIKE = Pattern.compile("[A-Z]{2,5}");
    private static final Pattern OFFSET_LIKE = Pattern.compile("(?i)(UTC|GMT)?\\s*[+\\-\u2212]\\s*\\d{1,2}(:?\\d{2})?");

    private TrailingZones() {
    }

    static void report(String timePart, String trailing, ScalarSpec value, MeetingProblems problems, Instant now) {
        String zoneText = trailing.replaceAll("^[(\\[]\\s*|\\s*[)\\]]$", "");
        ZoneNames.Lookup lookup = ZoneNames.lookup(zoneText, now);
        boolean zoneLike = lookup.suggestion().isPresent() || ABBREVIATION_LIKE.matcher(zoneText).matches()
                || OFFSET_LIKE.matcher(zoneText).matches() || zoneText.equalsIgnoreCase("utc");
        if (!zoneLike) {
            problems.error("time", value.location(), "unexpected text " + Texts.quote(trailing) + " after the end"
                    + " time", "write only the start and end, for example " + timePart + ", and put notes in"
                    + " description");
            return;
        }
        String zone = lookup.suggestion().orElse("an IANA name such as Europe/Berlin");
        problems.error("time", value.location(), "time contains the time zone " + Texts.quote(trailing)
                + ", but the zone of a meeting is read only from the timezone key",
                "write time: " + timePart.replace(" ", "") + " and timezone: " + zone);
    }
}
