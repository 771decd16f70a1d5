package io.calendarsync.recurrence;

import io.calendarsync.model.Event;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Ends a series after a chosen occurrence, so that removing a meeting keeps its past occurrences in the
 * calendar. Every RRULE gets UNTIL at its own last start up to that occurrence (replacing COUNT), and only
 * the EXDATE and RDATE values up to it stay.
 */
public final class SeriesEnds {

    private SeriesEnds() {
    }

    /**
     * Returns {@code event} with its series ended after the occurrence starting at {@code lastStart}, which
     * stays in the series. An event without recurrence lines is returned unchanged.
     *
     * @throws IllegalArgumentException if {@code lastStart} is before the event's start or a line is invalid
     */
    public static Event endAfter(Event event, Instant lastStart) {
        RecurrenceSet set = RecurrenceSet.of(event);
        if (lastStart.isBefore(set.start().toInstant())) {
            throw new IllegalArgumentException("cannot end event " + event.id() + " after " + lastStart
                    + ": the series starts later, at " + set.start().toInstant());
        }

        List<String> endedLines = new ArrayList<>();
        for (String line : event.recurrence()) {
            String name = line.strip().split("[;:]", 2)[0].toUpperCase(Locale.ROOT);
            switch (name) {
                case "RRULE" -> endedLines.add(endRule(line.strip(), event, lastStart));
                case "EXDATE", "RDATE" -> keepDatesUpTo(line.strip(), event.zone(), lastStart).ifPresent(endedLines::add);
                default -> endedLines.add(line);
            }
        }
        return event.withRecurrence(endedLines);
    }

    /**
     * Returns the event ended after its last occurrence that starts before {@code instant}, or empty when
     * no occurrence starts before it (nothing to keep).
     */
    public static Optional<Event> endBefore(Event event, Instant instant) {
        return Occurrences.lastStartBefore(event, instant)
                .map(last -> endAfter(event, last.start().toInstant()));
    }

    private static String endRule(String line, Event event, Instant lastStart) {
        String value = line.substring(line.indexOf(':') + 1).strip();
        Map<String, String> parts = RuleParts.parse(value);
        Instant first = event.start().atZone(event.zone()).toInstant();
        Instant ruleLast = RuleExpansion.parse(value, event.start(), event.zone())
                .starts(first, lastStart.plusSeconds(1))
                .reduce((earlier, later) -> later)
                .map(ZonedDateTime::toInstant)
                .orElse(first);

        // UNTIL takes the place of COUNT or of the old UNTIL, so the part order stays as it was.
        Map<String, String> ended = new LinkedHashMap<>();
        boolean placed = false;
        for (Map.Entry<String, String> part : parts.entrySet()) {
            if (part.getKey().equals("UNTIL") || part.getKey().equals("COUNT")) {
                if (!placed) {
                    ended.put("UNTIL", Rrules.utcDateTime(ruleLast));
                    placed = true;
                }
            } else {
                ended.put(part.getKey(), part.getValue());
            }
        }
        if (!placed) {
            ended.put("UNTIL", Rrules.utcDateTime(ruleLast));
        }
        return "RRULE:" + RuleParts.join(ended);
    }

    private static Optional<String> keepDatesUpTo(String line, ZoneId zone, Instant lastStart) {
        int colon = line.indexOf(':');
        String head = line.substring(0, colon);
        StringJoiner kept = new StringJoiner(",");
        for (String value : line.substring(colon + 1).split(",")) {
            DateLines.DateValue date = DateLines.parse(head + ":" + value.strip(), zone).values().get(0);
            boolean upTo = date.start()
                    .map(s -> !s.toInstant().isAfter(lastStart))
                    .orElseGet(() -> !date.day().orElseThrow().isAfter(lastStart.atZone(zone).toLocalDate()));
            if (upTo) {
                kept.add(value.strip());
            }
        }
        return kept.length() == 0 ? Optional.empty() : Optional.of(head + ":" + kept);
    }
}
