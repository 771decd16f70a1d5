package io.calendarsync.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns one list item of calendar.yaml into a {@link MeetingSpec}, reporting what is wrong with its shape:
 * an item that is not a mapping, unknown and duplicate keys, and values of the wrong kind.
 */
final class MeetingSpecMapper {

    /** Ids shown as the subject of a problem; anything else is too odd to print and becomes "meeting #N". */
    private static final Pattern PRINTABLE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final ProblemList problems;

    MeetingSpecMapper(ProblemList problems) {
        this.problems = problems;
    }

    /** Returns the meeting, or empty when the item is not a mapping at all, which is reported. */
    Optional<MeetingSpec> map(YamlNode node, int position) {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            reportNotAMapping(node, "meeting #" + position);
            return Optional.empty();
        }

        String subject = subjectOf(mapping, position);
        SourceLocation location = mapping.entries().isEmpty()
                ? mapping.location()
                : mapping.entries().get(0).keyLocation();
        int errorsBefore = problems.errorCount();
        Map<String, YamlNode> values = new LinkedHashMap<>();
        Map<String, SourceLocation> keys = new LinkedHashMap<>();
        collectKeys(mapping, subject, values, keys);

        ItemSpecMapper items = new ItemSpecMapper(problems, subject);
        ScalarSpec id = scalar(values, "id", subject);
        ScalarSpec name = scalar(values, "name", subject);
        ScalarSpec date = scalar(values, "date", subject);
        ScalarSpec time = scalar(values, "time", subject);
        ScalarSpec timezone = scalar(values, "timezone", subject);
        ScalarSpec frequency = scalar(values, "frequency", subject);
        ScalarSpec until = scalar(values, "until", subject);
        ScalarSpec count = scalar(values, "count", subject);
        List<DatedNoteSpec> skip = items.datedNotes(values.get("skip"), "skip");
        List<DatedNoteSpec> extra = items.datedNotes(values.get("extra"), "extra");
        List<AttendeeSpec> attendees = items.attendees(values.get("attendees"));
        ScalarSpec video = scalar(values, "video", subject);
        DescriptionSpec description = items.description(values.get("description"));
        ScalarSpec organizer = scalar(values, "organizer", subject);

        boolean wellFormed = problems.errorCount() == errorsBefore;
        return Optional.of(new MeetingSpec(position, subject, location, keys, wellFormed, id, name, date, time,
                timezone, frequency, until, count, skip, extra, attendees, video, description, organizer));
    }

    private static String subjectOf(YamlNode.Mapping mapping, int position) {
        for (YamlNode.Entry entry : mapping.entries()) {
            if (entry.key().equals("id") && entry.value() instanceof YamlNode.Scalar scalar
                    && PRINTABLE_ID.matcher(scalar.text()).matches()) {
                return scalar.text();
            }
        }
        return "meeting #" + position;
    }

    /** Keeps the first value of each known key and reports unknown and repeated keys. */
    private void collectKeys(YamlNode.Mapping mapping, String subject, Map<String, YamlNode> values,
            Map<String, SourceLocation> keys) {
        for (YamlNode.Entry entry : mapping.entries()) {
            String key = entry.key();
            if (!MeetingKeys.ALL.contains(key)) {
                reportUnknownKey(entry, subject);
            } else if (keys.containsKey(key)) {
                problems.error(entry.keyLocation(), subject, key,
                        "key '" + key + "' appears twice in this meeting; the first is on line " + keys.get(key).line(),
                        "keep only one '" + key + ":'");
            } else {
                keys.put(key, entry.keyLocation());
                values.put(key, entry.value());
            }
        }
    }

    private void reportUnknownKey(YamlNode.Entry entry, String subject) {
        String key = entry.key();
        Optional<String> suggestion = MeetingKeys.suggest(key);
        String fix = suggestion.map(known -> "did you mean '" + known + "'?")
                .orElse("valid keys are " + String.join(", ", MeetingKeys.ALL));
        problems.error(entry.keyLocation(), subject, Texts.shorten(key), "unknown key '" + Texts.shorten(key) + "'", fix);
    }

    private ScalarSpec scalar(Map<String, YamlNode> values, String key, String subject) {
        YamlNode node = values.get(key);
        if (node == null) {
            return null;
        }
        if (node instanceof YamlNode.Scalar scalar) {
            return ControlCharacters.checked(scalar, subject, key, problems);
        }
        problems.error(node.location(), subject, key, key + " must be a single value, but it is " + node.kind(),
                "write it on one line, for example " + key + ": " + MeetingKeys.example(key));
        return null;
    }

    private void reportNotAMapping(YamlNode node, String subject) {
        if (node instanceof YamlNode.Scalar scalar && scalar.text().isBlank()) {
            problems.error(node.location(), subject, "", "empty list item",
                    "remove the lone '-' or write a meeting after it");
            return;
        }
        problems.error(node.location(), subject, "", "each list item must be a meeting (a mapping of keys), but"
                        + " this one is " + node.kind(),
                "write a meeting as '- id: " + MeetingKeys.example("id") + "' followed by name:, date: and time:"
                        + " on their own lines, indented under id");
    }
}
