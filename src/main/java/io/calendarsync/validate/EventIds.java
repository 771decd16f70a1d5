package io.calendarsync.validate;

import io.calendarsync.config.MeetingKeys;
import io.calendarsync.config.ScalarSpec;
import io.calendarsync.config.Texts;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks meeting ids. An id becomes the Google Calendar event id, which must be 5 to 1024 characters of
 * base32hex: lowercase letters a to v and digits 0 to 9 (Calendar API reference, Events resource, field
 * {@code id}).
 */
final class EventIds {

    static final int MIN_LENGTH = 5;
    static final int MAX_LENGTH = 1024;

    private static final Pattern PREFIX_AND_NUMBER = Pattern.compile("([a-v]*)([0-9]+)");
    private static final int MAX_CHARACTERS_SHOWN = 8;
    private static final String EXAMPLE = Texts.quote(MeetingKeys.example("id"));

    private EventIds() {
    }

    static Optional<String> check(ScalarSpec value, MeetingProblems problems) {
        String id = value.text().strip();
        if (id.isEmpty()) {
            problems.error("id", value.location(), "id has no value",
                    "write a unique id such as " + EXAMPLE);
            return Optional.empty();
        }
        boolean valid = checkCharacters(id, value, problems);
        valid &= checkLength(id, value, problems);
        return valid ? Optional.of(id) : Optional.empty();
    }

    private static boolean checkCharacters(String id, ScalarSpec value, MeetingProblems problems) {
        Set<String> rejected = new LinkedHashSet<>();
        for (int i = 0; i < id.length(); i = id.offsetByCodePoints(i, 1)) {
            int c = id.codePointAt(i);
            if (!isBase32Hex(c)) {
                rejected.add(describe(c));
            }
        }
        if (rejected.isEmpty()) {
            return true;
        }
        String listed = rejected.stream().limit(MAX_CHARACTERS_SHOWN).collect(Collectors.joining(", "));
        String more = rejected.size() > MAX_CHARACTERS_SHOWN ? " and " + (rejected.size() - MAX_CHARACTERS_SHOWN)
                + " more" : "";
        String lowered = id.toLowerCase(Locale.ROOT);
        String fix = lowered.chars().allMatch(EventIds::isBase32Hex)
                ? "write it in lowercase: " + Texts.quote(lowered)
                : "use only lowercase letters a to v and digits 0 to 9 (base32hex), for example "
                        + EXAMPLE;
        problems.error("id", value.location(), Texts.quote(id) + " contains characters that are not allowed in an"
                + " event id: " + listed + more, fix);
        return false;
    }

    private static boolean checkLength(String id, ScalarSpec value, MeetingProblems problems) {
        int length = id.codePointCount(0, id.length());
        if (length >= MIN_LENGTH && length <= MAX_LENGTH) {
            return true;
        }
        if (length > MAX_LENGTH) {
            problems.error("id", value.location(), "id has " + length + " characters, more than the " + MAX_LENGTH
                    + " an event id may have", "use a shorter id such as " + EXAMPLE);
            return false;
        }
        Matcher parts = PREFIX_AND_NUMBER.matcher(id);
        String fix = parts.matches() && parts.group(1).length() < MIN_LENGTH
                ? "pad the number with zeros: " + Texts.quote(pad(parts.group(1), parts.group(2)))
                : "make it at least " + MIN_LENGTH + " characters long, for example " + EXAMPLE;
        problems.error("id", value.location(), Texts.quote(id) + " has " + length + " characters; an event id needs "
                + MIN_LENGTH + " to " + MAX_LENGTH, fix);
        return false;
    }

    /**
     * Suggests an id for a meeting that has none: the most common letter prefix of the file's ids followed
     * by the highest number used with it plus one, at the same width ({@code kf107} after {@code kf106}).
     */
    static String suggestNext(Collection<String> ids) {
        Map<String, Long> highest = new HashMap<>();
        Map<String, Integer> widths = new HashMap<>();
        Map<String, Integer> uses = new HashMap<>();
        for (String id : ids) {
            Matcher parts = PREFIX_AND_NUMBER.matcher(id);
            if (!parts.matches() || parts.group(2).length() > 15) {
                continue;
            }
            String prefix = parts.group(1);
            highest.merge(prefix, Long.parseLong(parts.group(2)), Math::max);
            widths.merge(prefix, parts.group(2).length(), Math::max);
            uses.merge(prefix, 1, Integer::sum);
        }
        return uses.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(entry -> {
                    String prefix = entry.getKey();
                    String number = String.valueOf(highest.get(prefix) + 1);
                    return pad(prefix, "0".repeat(Math.max(0, widths.get(prefix) - number.length())) + number);
                })
                .orElse(MeetingKeys.example("id"));
    }

    private static String pad(String prefix, String digits) {
        int missing = MIN_LENGTH - prefix.length() - digits.length();
        return prefix + "0".repeat(Math.max(0, missing)) + digits;
    }

    /** Returns true when the id passes {@link #check} without problems. */
    static boolean isValid(String id) {
        return id.length() >= MIN_LENGTH && id.length() <= MAX_LENGTH && isBase32Hex(id);
    }

    /** Returns true when every character is a base32hex digit. It loops because a stream links lambdas in every run. */
    private static boolean isBase32Hex(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isBase32Hex(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isBase32Hex(int c) {
        return (c >= 'a' && c <= 'v') || (c >= '0' && c <= '9');
    }

    private static String describe(int c) {
        if (c == ' ') {
            return "space";
        }
        if (Character.isISOControl(c)) {
            return String.format(Locale.ROOT, "U+%04X", c);
        }
        return "'" + new String(Character.toChars(c)) + "'";
    }
}
