package io.calendarsync.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the nested values of one meeting: {@code attendees}, {@code skip}, {@code extra} and {@code description}. */
final class ItemSpecMapper {

    private static final List<String> ATTENDEE_KEYS = List.of("email");
    private static final List<String> DATED_NOTE_KEYS = List.of("date", "reason");

    private final ProblemList problems;
    private final String subject;

    ItemSpecMapper(ProblemList problems, String subject) {
        this.problems = problems;
        this.subject = subject;
    }

    List<AttendeeSpec> attendees(YamlNode node) {
        List<AttendeeSpec> attendees = new ArrayList<>();
        for (YamlNode item : listItems(node, "attendees", "- email: someone@example.org")) {
            if (item instanceof YamlNode.Mapping mapping) {
                Map<String, YamlNode> values = knownEntries(mapping, "attendees", ATTENDEE_KEYS);
                attendees.add(new AttendeeSpec(requiredScalar(values, "email", mapping, "attendees"), item.location()));
            } else if (item instanceof YamlNode.Scalar scalar && !scalar.text().isBlank()) {
                problems.error(item.location(), subject, "attendees",
                        "attendee " + Texts.quote(scalar.text()) + " is written without 'email:'",
                        "write it as '- email: " + Texts.shorten(scalar.text().strip()) + "'");
            } else {
                problems.error(item.location(), subject, "attendees", "attendee is " + describe(item)
                        + ", not an 'email:' mapping", "write each attendee as '- email: someone@example.org'");
            }
        }
        return attendees;
    }

    List<DatedNoteSpec> datedNotes(YamlNode node, String field) {
        List<DatedNoteSpec> notes = new ArrayList<>();
        for (YamlNode item : listItems(node, field, "- 12/25/2025")) {
            if (item instanceof YamlNode.Scalar scalar) {
                notes.add(new DatedNoteSpec(ControlCharacters.checked(scalar, subject, field, problems), null,
                        item.location()));
            } else if (item instanceof YamlNode.Mapping mapping) {
                Map<String, YamlNode> values = knownEntries(mapping, field, DATED_NOTE_KEYS);
                ScalarSpec date = requiredScalar(values, "date", mapping, field);
                ScalarSpec reason = values.containsKey("reason") ? optionalScalar(values.get("reason"), field) : null;
                notes.add(new DatedNoteSpec(date, reason, item.location()));
            } else {
                problems.error(item.location(), subject, field, field + " items must be dates, but this one is "
                        + item.kind(), "write '- 12/25/2025' or '- {date: 12/25/2025, reason: Holiday}'");
            }
        }
        return notes;
    }

    DescriptionSpec description(YamlNode node) {
        if (node == null) {
            return null;
        }
        if (node instanceof YamlNode.Scalar scalar) {
            ScalarSpec text = ControlCharacters.checked(scalar, subject, "description", problems);
            return text == null ? null : new DescriptionSpec(List.of(text), false, node.location());
        }
        if (node instanceof YamlNode.Sequence sequence) {
            List<ScalarSpec> parts = new ArrayList<>();
            for (YamlNode item : sequence.items()) {
                ScalarSpec part = optionalScalar(item, "description");
                if (part != null) {
                    parts.add(part);
                }
            }
            return new DescriptionSpec(parts, true, node.location());
        }
        problems.error(node.location(), subject, "description", "description must be text or a list of texts, but"
                + " it is a mapping", "for text that contains ': ', write 'description: |' and the text on the"
                + " lines below, indented");
        return null;
    }

    /** Returns the items of a list value; a missing or empty value is an empty list, anything else an error. */
    private List<YamlNode> listItems(YamlNode node, String field, String itemExample) {
        if (node == null) {
            return List.of();
        }
        if (node instanceof YamlNode.Sequence sequence) {
            return sequence.items();
        }
        if (node instanceof YamlNode.Scalar scalar && scalar.text().isBlank()) {
            return List.of();
        }
        problems.error(node.location(), subject, field, field + " must be a list, but it is " + node.kind(),
                "write each item on its own line under " + field + ": as '" + itemExample + "'");
        return List.of();
    }

    /** Returns the first value of each allowed key, reporting unknown and repeated keys. */
    private Map<String, YamlNode> knownEntries(YamlNode.Mapping mapping, String field, List<String> allowed) {
        Map<String, YamlNode> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (YamlNode.Entry entry : mapping.entries()) {
            String key = entry.key();
            if (!allowed.contains(key)) {
                Optional<String> suggestion = Suggestions.closest(key, allowed);
                problems.error(entry.keyLocation(), subject, field,
                        "unknown key " + Texts.quote(key) + " in " + field,
                        suggestion.map(known -> "did you mean '" + known + "'?")
                                .orElse("the only keys allowed here are " + String.join(" and ", allowed)));
            } else if (lines.containsKey(key)) {
                problems.error(entry.keyLocation(), subject, field, "key '" + key + "' appears twice; the first is"
                        + " on line " + lines.get(key), "keep only one '" + key + ":'");
            } else {
                lines.put(key, entry.keyLocation().line());
                values.put(key, entry.value());
            }
        }
        return values;
    }

    /** Returns the value of a required key; a missing key is reported unless an unknown key was, likely its typo. */
    private ScalarSpec requiredScalar(Map<String, YamlNode> values, String key, YamlNode.Mapping owner,
            String field) {
        YamlNode node = values.get(key);
        if (node == null && hasUnknownKey(owner, values)) {
            return null;
        }
        if (node == null) {
            problems.error(owner.location(), subject, field, "this " + field + " item has no '" + key + ":'",
                    "add '" + key + ": ...' to the item");
            return null;
        }
        return optionalScalar(node, field);
    }

    /** Returns true when the item has a key that {@link #knownEntries} rejected. */
    private static boolean hasUnknownKey(YamlNode.Mapping owner, Map<String, YamlNode> values) {
        for (YamlNode.Entry entry : owner.entries()) {
            if (!values.containsKey(entry.key())) {
                return true;
            }
        }
        return false;
    }

    private ScalarSpec optionalScalar(YamlNode node, String field) {
        if (node instanceof YamlNode.Scalar scalar) {
            return ControlCharacters.checked(scalar, subject, field, problems);
        }
        problems.error(node.location(), subject, field, "expected text in " + field + ", but found " + node.kind(),
                "write a single value on the line of its key");
        return null;
    }

    private static String describe(YamlNode node) {
        if (node instanceof YamlNode.Scalar scalar && scalar.text().isBlank()) {
            return "empty";
        }
        return node.kind();
    }
}
