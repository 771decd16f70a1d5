package io.calendarsync.validate;

import io.calendarsync.config.DatedNoteSpec;
import io.calendarsync.model.DatedNote;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses the dates of {@code skip:} and {@code extra:} and checks that each lies within the series and is
 * listed once.
 */
final class DatedNoteRules {

    private final MeetingProblems problems;
    private final Optional<LocalDate> first;
    private final Optional<LocalDate> until;

    DatedNoteRules(MeetingProblems problems, Optional<LocalDate> first, Optional<LocalDate> until) {
        this.problems = problems;
        this.first = first;
        this.until = until;
    }

    List<DatedNote> parse(List<DatedNoteSpec> items, String field) {
        List<DatedNote> notes = new ArrayList<>();
        Map<LocalDate, Integer> lines = new HashMap<>();
        for (DatedNoteSpec item : items) {
            if (item.date() == null) {
                continue;
            }
            Optional<LocalDate> parsed = Dates.parse(item.date(), field, problems);
            if (parsed.isEmpty()) {
                continue;
            }
            LocalDate date = parsed.get();
            Integer firstLine = lines.putIfAbsent(date, item.date().location().line());
            if (firstLine != null) {
                problems.error(field, item.date().location(), Dates.format(date) + " is listed twice in " + field
                        + "; the first is on line " + firstLine, "remove one of them");
                continue;
            }
            checkRange(date, item, field);
            String reason = item.reason() == null ? "" : item.reason().text().strip();
            notes.add(new DatedNote(date, reason));
        }
        return notes;
    }

    private void checkRange(LocalDate date, DatedNoteSpec item, String field) {
        if (first.isPresent() && date.isBefore(first.get())) {
            problems.error(field, item.date().location(), field + " date " + Dates.format(date)
                    + " is before the first meeting on " + Dates.format(first.get()), "remove it or correct the date");
        }
        if (until.isPresent() && date.isAfter(until.get())) {
            problems.error(field, item.date().location(), field + " date " + Dates.format(date) + " is after until "
                    + Dates.format(until.get()), "remove it, correct the date, or move until");
        }
        if (field.equals("extra") && first.isPresent() && date.equals(first.get())) {
            problems.error(field, item.date().location(), "extra date " + Dates.format(date)
                    + " is the first meeting, which happens anyway", "remove it");
        }
    }

    /** Reports dates listed in both skip and extra, which contradict each other. */
    void checkOverlap(List<DatedNoteSpec> skip, List<DatedNoteSpec> extra) {
        Map<LocalDate, Integer> skipped = new HashMap<>();
        for (DatedNoteSpec item : skip) {
            quietDate(item).ifPresent(date -> skipped.putIfAbsent(date, item.date().location().line()));
        }
        for (DatedNoteSpec item : extra) {
            Optional<LocalDate> date = quietDate(item);
            if (date.isPresent() && skipped.containsKey(date.get())) {
                problems.error("extra", item.date().location(), Dates.format(date.get()) + " is in both skip (line "
                        + skipped.get(date.get()) + ") and extra", "keep it in one of the two lists");
            }
        }
    }

    /** Parses an item's date without reporting, since {@link #parse} already reported bad dates. */
    private static Optional<LocalDate> quietDate(DatedNoteSpec item) {
        if (item.date() == null) {
            return Optional.empty();
        }
        return Dates.parseQuietly(item.date().text());
    }
}
