package io.calendarsync.plan;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Canonical text of RFC 5545 recurrence lines, so that two spellings of one rule compare equal: rule
 * parts in any order and case, {@code INTERVAL=1} left out or written, and EXDATE or RDATE values given in
 * any zone all reduce to the same string.
 */
final class RecurrenceLines {

    private static final DateTimeFormatter BASIC_DATE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private RecurrenceLines() {
    }

    static String canonical(List<String> lines, ZoneId eventZone) {
        TreeSet<String> canonicalLines = new TreeSet<>();
        for (String line : lines) {
            canonicalLines.add(canonicalLine(line.strip(), eventZone));
        }
        return String.join("\n", canonicalLines);
    }

    private static String canonicalLine(String line, ZoneId eventZone) {
        int colon = line.indexOf(':');
        if (colon < 0) {
            return line.toUpperCase(Locale.ROOT);
        }
        String head = line.substring(0, colon).toUpperCase(Locale.ROOT);
        String value = line.substring(colon + 1);
        String name = head.split(";", 2)[0];
        return switch (name) {
            case "RRULE", "EXRULE" -> name + ":" + canonicalRule(value);
            case "EXDATE", "RDATE" -> name + ":" + canonicalDates(head, value, eventZone);
            default -> head + ":" + value;
        };
    }

    private static String canonicalRule(String value) {
        TreeMap<String, String> parts = new TreeMap<>();
        for (String part : value.split(";")) {
            String[] keyValue = part.split("=", 2);
            if (keyValue.length == 2) {
                parts.put(keyValue[0].strip().toUpperCase(Locale.ROOT), keyValue[1].strip().toUpperCase(Locale.ROOT));
            }
        }
        if ("1".equals(parts.get("INTERVAL"))) {
            parts.remove("INTERVAL");
        }
        if ("MO".equals(parts.get("WKST"))) {
            parts.remove("WKST");
        }
        List<String> joined = new ArrayList<>();
        parts.forEach((key, partValue) -> joined.add(key + "=" + partValue));
        return String.join(";", joined);
    }

    /** Reduces every value to a UTC instant, or a plain date for VALUE=DATE lines. */
    private static String canonicalDates(String head, String value, ZoneId eventZone) {
        ZoneId zone = eventZone;
        for (String parameter : head.split(";")) {
            if (parameter.startsWith("TZID=")) {
                zone = parseZone(parameter.substring(5), eventZone);
            }
        }
        TreeSet<String> instants = new TreeSet<>();
        for (String date : value.split(",")) {
            instants.add(canonicalDate(date.strip().toUpperCase(Locale.ROOT), zone));
        }
        return String.join(",", instants);
    }

    private static String canonicalDate(String text, ZoneId zone) {
        try {
            if (text.endsWith("Z")) {
                return LocalDateTime.parse(text.substring(0, text.length() - 1), BASIC_DATE_TIME)
                        .toInstant(ZoneOffset.UTC).toString();
            }
            if (text.contains("T")) {
                return LocalDateTime.parse(text, BASIC_DATE_TIME).atZone(zone).toInstant().toString();
            }
            return LocalDate.parse(text, BASIC_DATE).toString();
        } catch (DateTimeParseException e) {
            return text;
        }
    }

    private static ZoneId parseZone(String id, ZoneId fallback) {
        try {
            return ZoneId.of(id.replace("\"", ""));
        } catch (RuntimeException e) {
            return fallback;
        }
    }
}
