package io.calendarsync.config;

/** Explains a calendar.yaml whose top level is not a list, guessing what the author meant. */
final class TopLevelErrors {

    private TopLevelErrors() {
    }

    static void report(YamlNode root, ProblemList problems) {
        String message = "the top level must be a list of meetings, but it is " + root.kind();
        String fix = "start each meeting with '- id: " + MeetingKeys.example("id") + "' at the first column";
        if (root instanceof YamlNode.Mapping mapping && looksLikeOneMeeting(mapping)) {
            fix = "put '- ' before the first key of each meeting and indent its other keys by two spaces";
        } else if (root instanceof YamlNode.Mapping mapping && mapping.entries().size() == 1
                && mapping.entries().get(0).value() instanceof YamlNode.Sequence) {
            String key = mapping.entries().get(0).key();
            message = "the meetings are nested under " + Texts.quote(key + ":") + "; the list must be the top level";
            fix = "remove the line '" + Texts.shorten(key) + ":' and unindent the list below it";
        }
        problems.error(root.location(), "", "", message, fix);
    }

    private static boolean looksLikeOneMeeting(YamlNode.Mapping mapping) {
        return mapping.entries().stream().anyMatch(entry -> MeetingKeys.ALL.contains(entry.key()));
    }
}
