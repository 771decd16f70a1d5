package io.calendarsync.config;

import com.fasterxml.jackson.core.JsonToken;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads calendar.yaml into {@link CalendarSpec}: the top level must be one list, and each item becomes a
 * {@link MeetingSpec}. Every problem goes to the {@link ProblemList} given at construction. A syntax
 * error ends reading, but the meetings read before it are kept so that they are checked too.
 */
public final class CalendarReader {

    /** Larger files are rejected before parsing: a hand-written calendar is far smaller. */
    public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

    private final ProblemList problems;

    public CalendarReader(ProblemList problems) {
        this.problems = problems;
    }

    public CalendarSpec read(Path file) {
        // SourceFiles checks the size on disk, so the text needs no second size check.
        Optional<String> text = SourceFiles.readText(file, problems);
        return text.isPresent() ? parse(text.get()) : new CalendarSpec(problems.file(), List.of());
    }

    public CalendarSpec read(String yamlText) {
        long size = SourceFiles.utf8Length(yamlText);
        if (size > MAX_FILE_BYTES) {
            reportTooLarge(size, problems);
            return new CalendarSpec(problems.file(), List.of());
        }
        return parse(yamlText);
    }

    private CalendarSpec parse(String yamlText) {
        String text = yamlText.startsWith("\uFEFF") ? yamlText.substring(1) : yamlText;
        if (reportUnprintable(text)) {
            return new CalendarSpec(problems.file(), List.of());
        }
        Optional<SourceLocation> longRun = LongRuns.find(text);
        if (longRun.isPresent()) {
            problems.error(longRun.get(), "", "", "more than " + LongRuns.MAX_RUN_LENGTH + " characters in a row"
                    + " without a space or line break", "shorten the value or break it into lines");
            return new CalendarSpec(problems.file(), List.of());
        }

        List<MeetingSpec> meetings = new ArrayList<>();
        try (YamlTreeReader yaml = new YamlTreeReader(text)) {
            readDocument(yaml, meetings);
            JsonToken extra = yaml.next();
            if (extra != null) {
                reportSecondDocument(text, yaml.tokenLocation());
            }
        } catch (YamlSyntaxException e) {
            problems.error(e.location(), "", "", e.getMessage(), e.fix());
        }
        return new CalendarSpec(problems.file(), meetings);
    }

    /** Reports the first character YAML does not allow, if any, and returns whether there was one. */
    private boolean reportUnprintable(String text) {
        Optional<UnprintableCharacters.Found> found = UnprintableCharacters.find(text);
        if (found.isEmpty()) {
            return false;
        }
        int codePoint = found.get().codePoint();
        boolean control = Character.getType(codePoint) == Character.CONTROL;
        String character = (control ? "the control character " : "the character ")
                + String.format(Locale.ROOT, "U+%04X", codePoint);
        problems.error(found.get().location(), "", "", character + " is not allowed in a YAML file",
                "remove it; YAML allows only printable characters, tabs and line breaks");
        return true;
    }

    /** Reads the first YAML document: nothing, an empty value, or the list of meetings. */
    private void readDocument(YamlTreeReader yaml, List<MeetingSpec> meetings) throws YamlSyntaxException {
        JsonToken first = yaml.next();
        if (first == null) {
            return;
        }
        if (first != JsonToken.START_ARRAY) {
            YamlNode root = yaml.readNode(0);
            if (!(root instanceof YamlNode.Scalar scalar && scalar.text().isBlank())) {
                TopLevelErrors.report(root, problems);
            }
            return;
        }
        MeetingSpecMapper mapper = new MeetingSpecMapper(problems);
        int position = 0;
        for (JsonToken token = yaml.next(); token != JsonToken.END_ARRAY; token = nextItem(yaml, meetings)) {
            if (token == null) {
                throw new YamlSyntaxException(yaml.tokenLocation(), "the list of meetings is never closed",
                        "close the '[' that starts the list");
            }
            position++;
            Optional<MeetingSpec> meeting = mapper.map(yaml.readNode(1), position);
            if (meeting.isPresent()) {
                meetings.add(meeting.get());
            }
        }
    }

    /**
     * Advances to the next list item. A syntax error here usually comes from a line that ended the
     * previous meeting early, such as a key indented too little, so that meeting is dropped rather than
     * reported as missing keys it does have.
     */
    private static JsonToken nextItem(YamlTreeReader yaml, List<MeetingSpec> meetings) throws YamlSyntaxException {
        try {
            return yaml.next();
        } catch (YamlSyntaxException e) {
            if (!meetings.isEmpty()) {
                meetings.remove(meetings.size() - 1);
            }
            throw e;
        }
    }

    /** Points at the '---' line that starts the second document, when there is one before the token. */
    private void reportSecondDocument(String text, SourceLocation tokenAt) {
        SourceLocation at = tokenAt;
        String[] lines = text.split("\n", -1);
        for (int line = Math.min(tokenAt.line(), lines.length); line >= 1; line--) {
            if (lines[line - 1].startsWith("---")) {
                at = SourceLocation.of(line, 1);
                break;
            }
        }
        problems.error(at, "", "", "a second YAML document starts here; calendar.yaml must be one document",
                "remove this '---' line and keep all meetings in one list");
    }

    static void reportTooLarge(long size, ProblemList problems) {
        String megabytes = String.format(Locale.ROOT, "%.1f MB", size / (1024.0 * 1024.0));
        problems.error(SourceLocation.UNKNOWN, "", "", "the file is " + megabytes + ", larger than the limit of "
                + MAX_FILE_BYTES / (1024 * 1024) + " MB", "remove meetings that ended long ago or split the calendar");
    }
}
