package io.calendarsync.validate;

import io.calendarsync.config.MeetingKeys;
import io.calendarsync.config.MeetingSpec;
import io.calendarsync.config.ProblemList;
import io.calendarsync.config.ScalarSpec;
import io.calendarsync.model.Meeting;
import io.calendarsync.model.Schedule;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Converts one {@link MeetingSpec} into a {@link Meeting}, reporting every problem of every key rather than
 * stopping at the first.
 */
final class MeetingConverter {

    private final ValidationOptions options;
    private final ProblemList problems;
    private final Supplier<String> suggestId;
    private String suggestedId;

    /**
     * @param suggestId computes an unused id to offer to meetings that have none. It reads every id of the
     *     file, so the converter calls it once, and only when such a meeting comes up.
     */
    MeetingConverter(ValidationOptions options, ProblemList problems, Supplier<String> suggestId) {
        this.options = options;
        this.problems = problems;
        this.suggestId = suggestId;
    }

    /** Returns the meeting, or empty when it has any error, including errors found while reading it. */
    Optional<Meeting> convert(MeetingSpec spec) {
        MeetingProblems report = new MeetingProblems(problems, spec.subject());
        int errorsBefore = problems.errorCount();

        String idFix = spec.id() == null ? "add a unique id such as " + suggestedId() : null;
        Optional<String> id = required(spec, "id", spec.id(), report, idFix)
                .flatMap(value -> EventIds.check(value, report));
        Optional<String> name = required(spec, "name", spec.name(), report, null)
                .flatMap(value -> name(value, report));
        Optional<LocalDate> date = required(spec, "date", spec.date(), report, null)
                .flatMap(value -> Dates.parse(value, "date", report));
        Optional<TimeRange> time = required(spec, "time", spec.time(), report, null)
                .flatMap(value -> TimeRanges.parse(value, report, options.now()));
        Optional<ZoneId> zone = zone(spec.timezone(), report);
        if (date.isPresent() && time.isPresent() && zone.isPresent()) {
            DaylightGaps.check(date.get(), time.get(), zone.get(), spec.time(), report);
        }
        Optional<Schedule> schedule = new ScheduleRules(report).build(spec, date);

        ContactRules contacts = new ContactRules(report);
        List<String> attendees = contacts.attendees(spec.attendees());
        Optional<String> organizer = contacts.organizer(spec.organizer());
        ContentRules content = new ContentRules(report);
        Optional<String> video = content.video(spec.video());
        Optional<String> description = content.description(spec.description());

        if (!spec.wellFormed() || problems.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        return Optional.of(new Meeting(id.orElseThrow(), name.orElseThrow(), date.orElseThrow(),
                time.orElseThrow().start(), time.orElseThrow().end(), zone.orElseThrow(), schedule.orElseThrow(),
                attendees, video, description.orElseThrow(), organizer, spec.location().line()));
    }

    private String suggestedId() {
        if (suggestedId == null) {
            suggestedId = suggestId.get();
        }
        return suggestedId;
    }

    /**
     * Returns the value of a required key. A missing key is reported here; a key whose value had the wrong
     * shape was reported while reading, so it only yields empty.
     */
    private static Optional<ScalarSpec> required(MeetingSpec spec, String key, ScalarSpec value,
            MeetingProblems report, String fix) {
        if (value != null) {
            return Optional.of(value);
        }
        if (!spec.has(key)) {
            report.error(key, spec.location(), "required key '" + key + "' is missing",
                    fix != null ? fix : "add '" + key + ": " + MeetingKeys.example(key) + "'");
        }
        return Optional.empty();
    }

    private static Optional<String> name(ScalarSpec value, MeetingProblems report) {
        String name = value.text().strip();
        if (name.isEmpty()) {
            report.error("name", value.location(), "name is empty",
                    "write the event title, for example name: " + MeetingKeys.example("name"));
            return Optional.empty();
        }
        return Optional.of(name);
    }

    /** Returns the meeting's zone; a missing or blank {@code timezone:} means the default zone. */
    private Optional<ZoneId> zone(ScalarSpec value, MeetingProblems report) {
        if (value == null || value.isBlank()) {
            return Optional.of(options.defaultZone());
        }
        ZoneNames.Lookup lookup = ZoneNames.lookup(value.text(), options.now());
        if (lookup.zone().isEmpty()) {
            report.error("timezone", value.location(), lookup.message(), lookup.fix());
        }
        return lookup.zone();
    }
}
