package io.calendarsync.recurrence;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * EXDATE and RDATE content lines: writing them for a meeting's skipped and extra dates, and reading the
 * forms other tools write (TZID, UTC with {@code Z}, floating, {@code VALUE=DATE}, {@code VALUE=PERIOD}).
 */
public final class DateLines {

    static final DateTimeFormatter BASIC_DATE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private DateLines() {
    }

    /** One value of an EXDATE or RDATE line. {@code day} is set for {@code VALUE=DATE} values. */
    record DateValue(Optional<ZonedDateTime> start, Optional<LocalDate> day, Optional<Duration> duration) {
    }

    /** A parsed EXDATE or RDATE line. {@code name} is upper case. */
    record DateLine(String name, List<DateValue> values) {
    }

    /** Returns {@code NAME;TZID=zone:yyyyMMddTHHmmss}, an RFC 5545 line that Google Calendar's recurrence field takes too. */
    public static String line(String name, ZoneId zone, LocalDateTime start) {
        return name + ";TZID=" + zone.getId() + ":" + BASIC_DATE_TIME.format(start);
    }

    /**
     * Parses an EXDATE or RDATE line. A value without TZID or {@code Z} is floating and is read in
     * {@code eventZone}, and a {@code VALUE=DATE} value keeps only its day.
     *
     * @throws IllegalArgumentException naming the line when it cannot be parsed
     */
    static DateLine parse(String line, ZoneId eventZone) {
        int colon = line.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("invalid recurrence line '" + line + "': no ':' before the value");
        }
        String[] head = line.substring(0, colon).split(";");
        String name = head[0].strip().toUpperCase(Locale.ROOT);
        ZoneId zone = eventZone;
        String valueType = "DATE-TIME";
        for (int i = 1; i < head.length; i++) {
            String parameter = head[i].strip();
            String upper = parameter.toUpperCase(Locale.ROOT);
            if (upper.startsWith("TZID=")) {
                zone = zone(parameter.substring(5), line);
            } else if (upper.startsWith("VALUE=")) {
                valueType = upper.substring(6);
            }
        }

        List<DateValue> values = new ArrayList<>();
        for (String text : line.substring(colon + 1).split(",")) {
            values.add(value(text.strip().toUpperCase(Locale.ROOT), valueType, zone, line));
        }
        return new DateLine(name, values);
    }

    private static DateValue value(String text, String valueType, ZoneId zone, String line) {
        try {
            if (valueType.equals("DATE")) {
                return new DateValue(Optional.empty(), Optional.of(LocalDate.parse(text, DateTimeFormatter.BASIC_ISO_DATE)),
                        Optional.empty());
            }
            if (valueType.equals("PERIOD")) {
                String[] ends = text.split("/", 2);
                ZonedDateTime start = dateTime(ends[0], zone);
                Duration duration = ends[1].startsWith("P") || ends[1].startsWith("+P")
                        ? Duration.parse(ends[1].replace("+", ""))
                        : Duration.between(start, dateTime(ends[1], zone));
                return new DateValue(Optional.of(start), Optional.empty(), Optional.of(duration));
            }
            return new DateValue(Optional.of(dateTime(text, zone)), Optional.empty(), Optional.empty());
        } catch (DateTimeParseException | ArrayIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("invalid recurrence line '" + line + "': '" + text
                    + "' is not a " + valueType.toLowerCase(Locale.ROOT) + " value", e);
        }
    }

    /** Parses {@code yyyyMMddTHHmmss} in {@code zone}, or in UTC when it ends with {@code Z}. */
    static ZonedDateTime dateTime(String text, ZoneId zone) {
        if (text.endsWith("Z")) {
            return LocalDateTime.parse(text.substring(0, text.length() - 1), BASIC_DATE_TIME).atZone(ZoneOffset.UTC);
        }
        return LocalDateTime.parse(text, BASIC_DATE_TIME).atZone(zone);
    }

    private static ZoneId zone(String id, String line) {
        String unquoted = id.strip().replace("\"", "");
        try {
            return ZoneId.of(unquoted);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("invalid recurrence line '" + line + "': TZID '" + unquoted
                    + "' is not an IANA time zone", e);
        }
    }
}
