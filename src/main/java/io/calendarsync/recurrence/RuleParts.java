package io.calendarsync.recurrence;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/** Edits the parts of an RRULE value ({@code FREQ=WEEKLY;UNTIL=…}) while keeping their order. */
final class RuleParts {

    private RuleParts() {
    }

    /**
     * Rewrites UNTIL in UTC. Google Calendar and hand-written files also use a plain date (the whole day
     * counts) or a floating date-time (read in the event's zone); ical4j compares UNTIL with occurrence
     * instants, so both are turned into the instant they mean.
     */
    static String untilInUtc(String rule, ZoneId zone) {
        Map<String, String> parts = parse(rule);
        String until = parts.get("UNTIL");
        if (until == null || until.endsWith("Z")) {
            return rule;
        }
        if (until.length() == 8) {
            LocalDate day = LocalDate.parse(until, DateTimeFormatter.BASIC_ISO_DATE);
            parts.put("UNTIL", Rrules.UTC_DATE_TIME.format(Rrules.endOfDay(day, zone)));
        } else {
            parts.put("UNTIL", Rrules.UTC_DATE_TIME.format(DateLines.dateTime(until, zone).toInstant()));
        }
        return join(parts);
    }

    /** Parses {@code KEY=VALUE;…} into an insertion-ordered map with upper-case keys and values. */
    static Map<String, String> parse(String rule) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : rule.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            String[] keyValue = part.split("=", 2);
            if (keyValue.length != 2) {
                throw new IllegalArgumentException("rule part '" + part + "' has no '='");
            }
            parts.put(keyValue[0].strip().toUpperCase(Locale.ROOT), keyValue[1].strip().toUpperCase(Locale.ROOT));
        }
        return parts;
    }

    static String join(Map<String, String> parts) {
        StringJoiner joined = new StringJoiner(";");
        parts.forEach((key, value) -> joined.add(key + "=" + value));
        return joined.toString();
    }
}
