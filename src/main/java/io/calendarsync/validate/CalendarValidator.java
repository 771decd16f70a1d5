package io.calendarsync.validate;

import io.calendarsync.config.CalendarReader;
import io.calendarsync.config.CalendarSpec;
import io.calendarsync.config.MeetingSpec;
import io.calendarsync.config.ProblemList;
import io.calendarsync.model.Meeting;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns a calendar.yaml file into validated meetings and a list of problems. A missing, unreadable,
 * oversized or malformed file is reported as a problem rather than thrown, so a caller only checks
 * {@link ValidationResult#valid()}.
 */
public final class CalendarValidator {

    private final ValidationOptions options;

    public CalendarValidator(ValidationOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Reads and validates a file; problems name the file as given here. */
    public ValidationResult validate(Path file) {
        ProblemList problems = new ProblemList(file.toString());
        return check(new CalendarReader(problems).read(file), problems);
    }

    /** Validates a local file, naming it {@code fileName} in problems, such as its path in the repository. */
    public ValidationResult validate(String fileName, Path file) {
        ProblemList problems = new ProblemList(fileName);
        return check(new CalendarReader(problems).read(file), problems);
    }

    /** Validates YAML text that did not come from a local file, such as the base branch's version. */
    public ValidationResult validate(String fileName, String yamlText) {
        ProblemList problems = new ProblemList(fileName);
        return check(new CalendarReader(problems).read(yamlText), problems);
    }

    private ValidationResult check(CalendarSpec calendar, ProblemList problems) {
        MeetingConverter converter = new MeetingConverter(options, problems, calendar.meetings());

        List<Meeting> meetings = new ArrayList<>();
        Map<String, Integer> idLines = new HashMap<>();
        for (MeetingSpec spec : calendar.meetings()) {
            Optional<Meeting> meeting = converter.convert(spec);
            boolean unique = checkUniqueId(spec, idLines, problems);
            if (meeting.isPresent() && unique) {
                meetings.add(meeting.get());
            }
        }
        List<Meeting> checked = new ScheduleChecks(options, problems).check(calendar.meetings(), meetings);
        return new ValidationResult(problems.file(), checked, problems.sorted(), problems.errorCount(),
                problems.warningCount());
    }

    /** Reports an id used before; the later meeting is the one left out. */
    private static boolean checkUniqueId(MeetingSpec spec, Map<String, Integer> idLines, ProblemList problems) {
        if (spec.id() == null || !EventIds.isValid(spec.id().text().strip())) {
            return true;
        }
        String id = spec.id().text().strip();
        Integer firstLine = idLines.putIfAbsent(id, spec.id().location().line());
        if (firstLine == null) {
            return true;
        }
        problems.error(spec.id().location(), spec.subject(), "id", "id '" + id + "' is already used by the meeting"
                + " on line " + firstLine, "give each meeting its own id; an event id identifies one series");
        return false;
    }
}
