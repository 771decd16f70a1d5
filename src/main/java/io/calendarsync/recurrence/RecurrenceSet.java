package io.calendarsync.recurrence;

import io.calendarsync.model.Event;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * An event's recurrence lines parsed for expansion: its RRULEs (expanded by ical4j), the single dates
 * RDATE adds and the ones EXDATE removes. Following RFC 5545, DTSTART is always the first occurrence, and an EXDATE removes
 * the occurrence that starts at the same instant (or, for a {@code VALUE=DATE} EXDATE, on the same local
 * day).
 */
final class RecurrenceSet {

    /** A far bound for open-ended searches, since ical4j needs a period end. */
    private static final int SEARCH_YEARS = 1000;

    /** The first window {@link #lastBefore} expands, long enough for most weekly and monthly series. */
    private static final Duration FIRST_WINDOW = Duration.ofDays(64);

    private final ZonedDateTime start;
    private final Duration duration;
    private final List<RuleExpansion> rules = new ArrayList<>();
    private final TreeMap<Instant, Occurrence> addedDates = new TreeMap<>();
    private final Set<Instant> excludedStarts = new HashSet<>();
    private final Set<LocalDate> excludedDays = new HashSet<>();

    private RecurrenceSet(Event event) {
        ZoneId zone = event.zone();
        start = event.start().atZone(zone);
        duration = Duration.between(start, event.end().atZone(zone));
        addedDates.put(start.toInstant(), occurrence(start));

        for (String line : event.recurrence()) {
            read(line.strip(), event.start(), zone);
        }
    }

    /**
     * Parses the recurrence lines of {@code event}.
     *
     * @throws IllegalArgumentException naming the line that is not valid RFC 5545
     */
    static RecurrenceSet of(Event event) {
        return new RecurrenceSet(event);
    }

    ZonedDateTime start() {
        return start;
    }

    /** Returns the occurrences starting in {@code [from, to)}, in time order. */
    List<Occurrence> between(Instant from, Instant to) {
        if (!from.isBefore(to)) {
            return List.of();
        }
        TreeMap<Instant, Occurrence> found = new TreeMap<>();
        for (RuleExpansion rule : rules) {
            rule.starts(from, to).forEach(s -> found.put(s.toInstant(), occurrence(s)));
        }
        found.putAll(addedDates.subMap(from, true, to, false));
        found.values().removeIf(o -> excluded(o.start()));
        return List.copyOf(found.values());
    }

    /** Returns up to {@code limit} occurrences starting at or after {@code from}, in time order. */
    List<Occurrence> next(Instant from, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        Instant searchEnd = from.atZone(start.getZone()).plusYears(SEARCH_YEARS).toInstant();
        TreeMap<Instant, Occurrence> found = new TreeMap<>();
        for (RuleExpansion rule : rules) {
            // A date the zone skipped starts at the same instant as the next day, and must not use up the limit.
            rule.starts(from, searchEnd)
                    .filter(s -> !excluded(s))
                    .distinct()
                    .limit(limit)
                    .forEach(s -> found.put(s.toInstant(), occurrence(s)));
        }
        addedDates.tailMap(from, true).values().stream()
                .filter(o -> !excluded(o.start()))
                .limit(limit)
                .forEach(o -> found.put(o.start().toInstant(), o));
        return found.values().stream().limit(limit).toList();
    }

    /**
     * Returns the last occurrence that starts before {@code instant}. Rather than expand every occurrence since
     * DTSTART, it expands windows that end at {@code instant}, or just after the series' last possible start
     * when that is earlier, and grow fourfold until one contains an occurrence or reaches DTSTART or an
     * earlier RDATE. A series with COUNT is expanded from there, because COUNT counts from DTSTART.
     */
    Optional<Occurrence> lastBefore(Instant instant) {
        // An RDATE may come before DTSTART, so the search reaches back to the earliest single date.
        Instant first = addedDates.firstKey();
        if (rules.stream().anyMatch(RuleExpansion::counted)) {
            return last(between(first, instant));
        }
        Instant end = startBound().filter(bound -> bound.isBefore(instant)).orElse(instant);
        for (Duration span = FIRST_WINDOW; ; span = span.multipliedBy(4)) {
            boolean reachesFirst = !first.isBefore(end) || span.compareTo(Duration.between(first, end)) >= 0;
            Instant from = reachesFirst ? first : end.minus(span);
            List<Occurrence> found = between(from, end);
            if (!found.isEmpty() || reachesFirst) {
                return last(found);
            }
        }
    }

    /** Returns an instant after every start of the series, or empty when a rule has no UNTIL. */
    private Optional<Instant> startBound() {
        Instant latest = addedDates.lastKey();
        for (RuleExpansion rule : rules) {
            Optional<Instant> ruleLatest = rule.latestStart();
            if (ruleLatest.isEmpty()) {
                return Optional.empty();
            }
            if (ruleLatest.get().isAfter(latest)) {
                latest = ruleLatest.get();
            }
        }
        return Optional.of(latest.plusSeconds(1));
    }

    private static Optional<Occurrence> last(List<Occurrence> occurrences) {
        return occurrences.isEmpty() ? Optional.empty() : Optional.of(occurrences.get(occurrences.size() - 1));
    }

    private void read(String line, LocalDateTime seed, ZoneId zone) {
        int colon = line.indexOf(':');
        String head = colon < 0 ? line : line.substring(0, colon);
        String name = head.split(";", 2)[0].strip().toUpperCase(Locale.ROOT);
        switch (name) {
            case "RRULE" -> rules.add(rule(line, colon, seed, zone));
            // RFC 5545 deprecated EXRULE and calendar-sync never writes it.
            case "EXRULE" -> throw new IllegalArgumentException("unsupported recurrence line '" + line
                    + "': EXRULE is deprecated by RFC 5545; list the removed dates in EXDATE instead");
            case "RDATE" -> DateLines.parse(line, zone).values().forEach(this::add);
            case "EXDATE" -> DateLines.parse(line, zone).values().forEach(this::exclude);
            default -> throw new IllegalArgumentException("invalid recurrence line '" + line
                    + "': expected RRULE, EXRULE, RDATE or EXDATE");
        }
    }

    private RuleExpansion rule(String line, int colon, LocalDateTime seed, ZoneId zone) {
        if (colon < 0) {
            throw new IllegalArgumentException("invalid recurrence line '" + line + "': no ':' before the rule");
        }
        try {
            return RuleExpansion.parse(line.substring(colon + 1).strip(), seed, zone);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new IllegalArgumentException("invalid recurrence line '" + line + "': " + e.getMessage(), e);
        }
    }

    private void add(DateLines.DateValue value) {
        // An RDATE with only a day happens at the time of DTSTART, as the event's other occurrences do.
        ZonedDateTime added = value.start()
                .orElseGet(() -> value.day().orElseThrow().atTime(start.toLocalTime()).atZone(start.getZone()));
        Duration length = value.duration().orElse(duration);
        addedDates.put(added.toInstant(), new Occurrence(added.withZoneSameInstant(start.getZone()),
                added.plus(length).withZoneSameInstant(start.getZone())));
    }

    private void exclude(DateLines.DateValue value) {
        value.start().ifPresent(s -> excludedStarts.add(s.toInstant()));
        value.day().ifPresent(excludedDays::add);
    }

    private boolean excluded(ZonedDateTime occurrenceStart) {
        return excludedStarts.contains(occurrenceStart.toInstant())
                || excludedDays.contains(occurrenceStart.withZoneSameInstant(start.getZone()).toLocalDate());
    }

    private Occurrence occurrence(ZonedDateTime occurrenceStart) {
        return new Occurrence(occurrenceStart, occurrenceStart.plus(duration));
    }
}
