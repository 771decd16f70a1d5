package io.calendarsync.validate;

import io.calendarsync.config.MeetingKeys;
import io.calendarsync.config.MeetingSpec;
import io.calendarsync.config.ProblemList;
import io.calendarsync.config.ScalarSpec;
import io.calendarsync.model.Meeting;
import io.calendarsync.model.Schedule;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Converts one {@link MeetingSpec} into a {@link Meeting}, reporting every problem of every key rather than
 * stopping at the first.
 */
final class MeetingConverter {

    private final ValidationOptions options;
    private final ProblemList problems;
    private final List<MeetingSpec> allMeetings;
    private String suggestedId;

    /**
     * @param allMeetings every meeting of the file, whose ids an id suggested to a meeting without one must
     *     not repeat. The converter reads them once, and only when such a meeting comes up.
     */
    MeetingConverter(ValidationOptions options, ProblemList problems, List<MeetingSpec> allMeetings) {
        this.options = options;
        this.problems = problems;
        this.allMeetings = allMeetings;
    }

    /** Returns the meeting, or empty when it has any error, including errors found while reading it. */
    Optional<Meeting> convert(MeetingSpec spec) {
        MeetingProblems report = new MeetingProblems(problems, spec.subject());
        int errorsBefore = problems.errorCount();

        String idFix = spec.id() == null ? "add a unique id such as " + suggestedId() : null;
        // Plain conditionals rather than Optional.flatMap: each lambda would be linked at run time in every run.
        Optional<ScalarSpec> idValue = required(spec, "id", spec.id(), report, idFix);
        Optional<String> id = idValue.isPresent() ? EventIds.check(idValue.get(), report) : Optional.empty();
        Optional<ScalarSpec> nameValue = required(spec, "name", spec.name(), report, null);
        Optional<String> name = nameValue.isPresent() ? name(nameValue.get(), report) : Optional.empty();
        Optional<ScalarSpec> dateValue = required(spec, "date", spec.date(), report, null);
        Optional<LocalDate> date = dateValue.isPresent()
                ? Dates.parse(dateValue.get(), "date", report)
                : Optional.empty();
        Optional<ScalarSpec> timeValue = required(spec, "time", spec.time(), report, null);
        Optional<TimeRange> time = timeValue.isPresent()
                ? TimeRanges.parse(timeValue.get(), report, options.now())
                : Optional.empty();
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
            List<String> ids = new ArrayList<>();
            for (MeetingSpec spec : allMeetings) {
                if (spec.id() != null) {
                    ids.add(spec.id().text().strip());
                }
            }
            suggestedId = EventIds.suggestNext(ids);
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
