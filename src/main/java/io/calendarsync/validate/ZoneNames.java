package io.calendarsync.validate;

import io.calendarsync.config.Suggestions;
import io.calendarsync.config.Texts;
import io.calendarsync.model.CalendarSyncException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code timezone:} values. Only IANA Area/Location names (and {@code UTC} and {@code GMT}) are
 * accepted, so that daylight saving follows the place. Abbreviations, fixed offsets and Windows names are
 * rejected with the IANA name to use, even where {@link ZoneId#of} would accept them: {@code EST} is a
 * fixed UTC-5 zone in the JDK, which silently drops daylight saving.
 */
public final class ZoneNames {

    private static final Set<String> ACCEPTED_WITHOUT_AREA = Set.of("UTC", "GMT");
    private static final String EXAMPLES = "America/Los_Angeles, Europe/Berlin or Asia/Tokyo";
    private static final int MAX_OFFSET_SUGGESTIONS = 3;

    private ZoneNames() {
    }

    /** A fixed UTC offset such as {@code UTC+3} or {@code -05:00}, compiled when a rejected name needs it. */
    private static final class Offsets {
        static final Pattern OFFSET = Pattern.compile(
                "(?:UTC|GMT|UT)?\\s*([+\\-\u2212])\\s*(\\d{1,2})(?::?(\\d{2}))?", Pattern.CASE_INSENSITIVE);
    }

    /**
     * The accepted names sorted, so suggestions are deterministic. Only a rejected name needs them, so they
     * are listed and sorted on first use: sorting some 600 names took about 4 ms of CPU time in every
     * validate run here, and collecting them into a set about 1.5 ms more.
     */
    private static final class Sorted {
        static final List<String> REGION_IDS = regionIds().stream().sorted().toList();
    }

    /** Returns the Area/Location names of the JDK's time zone data: the names {@link #lookup} accepts. */
    private static Set<String> regionIds() {
        Set<String> ids = new HashSet<>();
        for (String id : ZoneId.getAvailableZoneIds()) {
            if (id.contains("/") && !id.startsWith("SystemV/")) {
                ids.add(id);
            }
        }
        return Set.copyOf(ids);
    }

    /** A zone name read: the zone, or why the name is rejected and what to write instead. */
    record Lookup(Optional<ZoneId> zone, String message, String fix, Optional<String> suggestion) {

        static Lookup accepted(ZoneId zone) {
            return new Lookup(Optional.of(zone), "", "", Optional.of(zone.getId()));
        }

        static Lookup rejected(String message, String suggestion, String note) {
            String fix = "write timezone: " + suggestion + (note.isEmpty() ? "" : " (" + note + ")");
            return new Lookup(Optional.empty(), message, fix, Optional.of(suggestion));
        }

        static Lookup unknown(String message, String fix) {
            return new Lookup(Optional.empty(), message, fix, Optional.empty());
        }
    }

    /**
     * Parses the value of a command-line option such as {@code --default-timezone} with the same rules as
     * {@code timezone:}.
     *
     * @throws CalendarSyncException of kind USAGE when the name is not accepted
     */
    public static ZoneId parseOption(String option, String text, Instant now) {
        Lookup lookup = lookup(text == null ? "" : text, now);
        if (lookup.zone().isEmpty()) {
            throw CalendarSyncException.usage(option + ": " + lookup.message() + "; "
                    + lookup.fix().replace("write timezone: ", "use "));
        }
        return lookup.zone().get();
    }

    static Lookup lookup(String rawText, Instant now) {
        String text = rawText.strip();
        if (text.isEmpty()) {
            return Lookup.unknown("timezone has no value", "remove the key to use the default zone, or write an"
                    + " IANA name such as " + EXAMPLES);
        }
        if (ACCEPTED_WITHOUT_AREA.contains(text)) {
            return Lookup.accepted(ZoneId.of(text));
        }
        Optional<ZoneId> region = regionZone(text);
        if (region.isPresent()) {
            return Lookup.accepted(region.get());
        }

        String quoted = Texts.quote(text);
        Optional<String> windows = ZoneAliases.windowsName(text);
        if (windows.isPresent()) {
            return Lookup.rejected(quoted + " is a Windows time zone name, not an IANA name", windows.get(), "");
        }
        Optional<ZoneAliases.Suggestion> abbreviation = ZoneAliases.abbreviation(text);
        if (abbreviation.isPresent()) {
            return Lookup.rejected(quoted + " is an abbreviation, not an IANA time zone name; an abbreviation does"
                    + " not say when daylight saving starts", abbreviation.get().zone(), abbreviation.get().note());
        }
        Matcher offset = Offsets.OFFSET.matcher(text);
        if (offset.matches()) {
            return offsetLookup(quoted, offset, now);
        }
        return nearMiss(text, quoted);
    }

    /**
     * Returns the zone of an Area/Location name that {@link #regionIds} lists. No offset form that ZoneId.of
     * parses contains a '/', so for a name with one it accepts exactly the region names of its data.
     */
    private static Optional<ZoneId> regionZone(String text) {
        if (text.indexOf('/') < 0 || text.startsWith("SystemV/")) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(text));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Suggests a name for text that is no known alias: a misspelt, miscased or outdated IANA name. */
    private static Lookup nearMiss(String text, String quoted) {
        String normalized = text.replace(' ', '_');
        for (String id : Sorted.REGION_IDS) {
            if (id.equalsIgnoreCase(normalized)) {
                return Lookup.rejected(quoted + " is not an IANA time zone name; the names are case-sensitive and"
                        + " use '_' for spaces", id, "");
            }
        }
        Optional<String> sameRules = regionWithSameRules(text);
        if (sameRules.isPresent()) {
            return Lookup.rejected(quoted + " is an old alias, not an Area/Location time zone name", sameRules.get(), "");
        }
        List<String> cities = Sorted.REGION_IDS.stream()
                .filter(id -> id.substring(id.lastIndexOf('/') + 1).equalsIgnoreCase(normalized))
                .toList();
        if (!cities.isEmpty()) {
            return Lookup.rejected(quoted + " is a city, not a full IANA time zone name", cities.get(0), "");
        }
        if (ZoneAliases.looksLikeWindowsName(text)) {
            return Lookup.unknown(quoted + " looks like a Windows time zone name, not an IANA name",
                    "write the IANA name of the meeting's city, such as " + EXAMPLES);
        }
        Optional<String> closest = Suggestions.closest(normalized, Sorted.REGION_IDS);
        if (closest.isPresent()) {
            return new Lookup(Optional.empty(), "unknown time zone " + quoted, "did you mean " + closest.get() + "?",
                    closest);
        }
        return Lookup.unknown("unknown time zone " + quoted, "write an IANA time zone name such as " + EXAMPLES);
    }

    private static Lookup offsetLookup(String quoted, Matcher offset, Instant now) {
        int sign = offset.group(1).equals("+") ? 1 : -1;
        int hours = Integer.parseInt(offset.group(2));
        int minutes = offset.group(3) == null ? 0 : Integer.parseInt(offset.group(3));
        String message = quoted + " is a fixed UTC offset, which does not follow daylight saving time";
        if (hours > 14 || minutes > 59) {
            return Lookup.unknown(message, "write the IANA name of the meeting's city, such as " + EXAMPLES);
        }
        ZoneOffset zoneOffset = ZoneOffset.ofTotalSeconds(sign * (hours * 3600 + minutes * 60));
        List<String> matching = new ArrayList<>();
        for (String id : ZoneAliases.WELL_KNOWN) {
            if (matching.size() < MAX_OFFSET_SUGGESTIONS && ZoneId.of(id).getRules().getOffset(now).equals(zoneOffset)) {
                matching.add(id);
            }
        }
        // The IANA Etc/GMT zones invert the sign: Etc/GMT-3 is UTC+03:00.
        String fixedZone = "UTC";
        if (minutes == 0 && hours != 0) {
            fixedZone = "Etc/GMT" + (sign > 0 ? "-" : "+") + hours;
        }
        String fix = "write the IANA name of the meeting's city"
                + (matching.isEmpty() ? ", such as " + EXAMPLES : ", for example " + orList(matching)
                        + " (at UTC" + zoneOffset.getId().replace("Z", "+00:00") + " today)")
                + "; for a fixed offset write " + fixedZone
                + (fixedZone.startsWith("Etc/") ? ", whose sign is inverted by convention" : "");
        return new Lookup(Optional.empty(), message, fix, matching.stream().findFirst());
    }

    private static String orList(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
    }

    /** Finds an Area/Location zone with the same rules as a JDK zone id without an area, such as Japan. */
    private static Optional<String> regionWithSameRules(String text) {
        ZoneRules rules;
        try {
            rules = ZoneId.of(text).getRules();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        TreeSet<String> candidates = new TreeSet<>();
        for (String id : ZoneAliases.WELL_KNOWN) {
            if (ZoneId.of(id).getRules().equals(rules)) {
                candidates.add(id);
            }
        }
        if (candidates.isEmpty()) {
            for (String id : Sorted.REGION_IDS) {
                if (!id.startsWith("Etc/") && ZoneId.of(id).getRules().equals(rules)) {
                    candidates.add(id);
                }
            }
        }
        String lowered = text.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .filter(id -> id.toLowerCase(Locale.ROOT).contains(lowered))
                .findFirst()
                .or(() -> candidates.stream().findFirst());
    }
}
