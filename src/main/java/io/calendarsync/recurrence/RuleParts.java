package io.calendarsync.recurrence;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/** Edits the parts of an RRULE value ({@code FREQ=WEEKLY;UNTIL=…}) while keeping their order. */
final class RuleParts {

    private RuleParts() {
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
