package io.calendarsync.validate;

import io.calendarsync.config.MeetingSpec;
import io.calendarsync.config.ScalarSpec;
import io.calendarsync.config.Texts;
import io.calendarsync.model.DatedNote;
import io.calendarsync.model.Frequency;
import io.calendarsync.model.Schedule;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Builds a meeting's {@link Schedule} from {@code frequency}, {@code until}, {@code count}, {@code skip}
 * and {@code extra}, checking each against {@code date} and against each other.
 */
final class ScheduleRules {

    /** A sanity bound, not a Google limit: 10,000 daily meetings already span 27 years. */
    static final int MAX_COUNT = 10_000;

    private static final Pattern DIGITS = Pattern.compile("\\d{1,9}");

    private final MeetingProblems problems;

    ScheduleRules(MeetingProblems problems) {
        this.problems = problems;
    }

    /**
     * Returns the schedule, or empty when any of its keys has an error.
     *
     * @param date the parsed {@code date}, empty when it is missing or invalid
     */
    Optional<Schedule> build(MeetingSpec spec, Optional<LocalDate> date) {
        int errorsBefore = problems.errorCount();
        // A frequency of the wrong shape was reported while reading. Treating the meeting as repeating
        // avoids follow-up warnings about a meeting that happens once.
        boolean malformedFrequency = spec.has("frequency") && spec.frequency() == null;
        boolean repeats = written(spec.frequency()) || malformedFrequency;
        Optional<Cadence> cadence = written(spec.frequency())
                ? Frequencies.parse(spec.frequency(), problems)
                : Optional.empty();
        if (cadence.isPresent() && date.isPresent()) {
            CadenceRules.check(cadence.get(), date.get(), spec.frequency().location(), problems);
        }

        Optional<LocalDate> until = written(spec.until())
                ? Dates.parse(spec.until(), "until", problems)
                : Optional.empty();
        Optional<Integer> count = written(spec.count()) ? parseCount(spec.count()) : Optional.empty();
        checkEnd(spec, repeats, date, until);

        DatedNoteRules notes = new DatedNoteRules(problems, date, until);
        List<DatedNote> skipped = notes.parse(spec.skip(), "skip");
        List<DatedNote> extra = notes.parse(spec.extra(), "extra");
        notes.checkOverlap(spec.skip(), spec.extra());
        if (!repeats) {
            reportOnOneOff(spec, "skip", "remove skip; to cancel a meeting that happens once, remove the meeting");
            reportOnOneOff(spec, "extra", "add a frequency, or write the other date as a meeting of its own");
        }

        if (problems.errorCount() > errorsBefore || malformedFrequency) {
            return Optional.empty();
        }
        Cadence resolved = cadence.orElse(new Cadence(Frequency.ONCE, 1));
        return Optional.of(new Schedule(resolved.frequency(), resolved.interval(), until, count, skipped, extra));
    }

    /** Returns true when the key is present with a non-blank value; a blank value counts as absent. */
    private static boolean written(ScalarSpec value) {
        return value != null && !value.isBlank();
    }

    private Optional<Integer> parseCount(ScalarSpec value) {
        String text = value.text().strip();
        if (!DIGITS.matcher(text).matches()) {
            problems.error("count", value.location(), Texts.quote(text) + " is not a whole number",
                    "write the number of meetings in the series, for example count: 10");
            return Optional.empty();
        }
        int count = Integer.parseInt(text);
        if (count < 1 || count > MAX_COUNT) {
            problems.error("count", value.location(), "count is " + count + "; it must be from 1 to " + MAX_COUNT,
                    count < 1 ? "leave out the meeting if it never happens" : "use until: for a long series");
            return Optional.empty();
        }
        return Optional.of(count);
    }

    private void checkEnd(MeetingSpec spec, boolean repeats, Optional<LocalDate> date, Optional<LocalDate> until) {
        if (written(spec.count()) && written(spec.until())) {
            problems.error("count", spec.count().location(), "count and until both end the series",
                    "keep one of them: until for the last day, count for the number of meetings");
        }
        if (until.isPresent() && date.isPresent() && until.get().isBefore(date.get())) {
            problems.error("until", spec.until().location(), "until " + Dates.format(until.get())
                    + " is before the first meeting on " + Dates.format(date.get()),
                    "set until to " + Dates.format(date.get()) + " or later, or correct date");
        }
        if (!repeats) {
            for (String key : List.of("until", "count")) {
                ScalarSpec value = key.equals("until") ? spec.until() : spec.count();
                if (written(value)) {
                    problems.warning(key, value.location(), key + " has no effect because the meeting has no"
                            + " frequency and happens once", "add a frequency, or remove " + key);
                }
            }
        }
    }

    private void reportOnOneOff(MeetingSpec spec, String key, String fix) {
        boolean hasItems = key.equals("skip") ? !spec.skip().isEmpty() : !spec.extra().isEmpty();
        if (hasItems) {
            problems.error(key, spec.keyLocation(key), key + " needs a repeating meeting, but this meeting has no"
                    + " frequency and happens once", fix);
        }
    }
}
