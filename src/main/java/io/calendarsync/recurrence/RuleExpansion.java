package io.calendarsync.recurrence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * One RRULE expanded by ical4j in floating local time, then placed in the event's zone. RFC 5545 expands
 * a rule on DTSTART's local date and time, so the local time as written carries over to every occurrence
 * (even when DTSTART itself falls into a daylight saving gap), and the zone only decides the instant.
 * Local arithmetic is also several times cheaper than arithmetic on zoned values.
 */
final class RuleExpansion {

    private static final DateTimeFormatter FLOATING = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private final Recur<LocalDateTime> rule;
    private final LocalDateTime seed;
    private final ZoneId zone;

    private RuleExpansion(Recur<LocalDateTime> rule, LocalDateTime seed, ZoneId zone) {
        this.rule = rule;
        this.seed = seed;
        this.zone = zone;
    }

    /**
     * Parses an RRULE value for an event starting at {@code seed} in {@code zone}.
     *
     * @throws IllegalArgumentException or {@link DateTimeParseException} for a value that is not a valid rule
     */
    static RuleExpansion parse(String value, LocalDateTime seed, ZoneId zone) {
        return new RuleExpansion(new Recur<>(withWeekStart(untilInLocalTime(value, zone))), seed, zone);
    }

    /** Returns whether the rule has COUNT, which counts occurrences from DTSTART. */
    boolean counted() {
        return rule.getCount() > 0;
    }

    /**
     * Returns an instant that no start of the rule comes after, or empty for a rule without UNTIL. Starts are
     * local times up to UNTIL, and a day of margin covers a start that a daylight saving gap moves forward.
     */
    Optional<Instant> latestStart() {
        Temporal until = rule.getUntil();
        if (until instanceof LocalDateTime local) {
            return Optional.of(local.atZone(zone).plusDays(1).toInstant());
        }
        if (until instanceof LocalDate day) {
            return Optional.of(day.plusDays(2).atStartOfDay(zone).toInstant());
        }
        return Optional.empty();
    }

    /** Returns the starts from {@code from} (inclusive) on, in time order, up to the far bound {@code to}. */
    Stream<ZonedDateTime> starts(Instant from, Instant to) {
        // A day of margin on both sides covers local times that repeat or are skipped around a DST change.
        LocalDateTime localFrom = LocalDateTime.ofInstant(from, zone).minusDays(1);
        LocalDateTime localTo = LocalDateTime.ofInstant(to, zone).plusDays(1);
        return rule.getDatesAsStream(seedBefore(localFrom), localFrom, localTo, -1)
                .filter(start -> !start.isBefore(seed))
                .map(start -> start.atZone(zone))
                .filter(start -> !start.toInstant().isBefore(from) && start.toInstant().isBefore(to));
    }

    /**
     * Rewrites UNTIL in local time, since occurrences are compared in local time here. A UTC value is
     * converted to the zone, a plain date becomes the end of that day, and a floating value stays as it is.
     */
    private static String untilInLocalTime(String value, ZoneId zone) {
        Map<String, String> parts = RuleParts.parse(value);
        String until = parts.get("UNTIL");
        if (until == null) {
            return value;
        }
        LocalDateTime local;
        if (until.length() == 8) {
            local = LocalDate.parse(until, DateTimeFormatter.BASIC_ISO_DATE).atTime(23, 59, 59);
        } else if (until.endsWith("Z")) {
            local = LocalDateTime.ofInstant(DateLines.dateTime(until, zone).toInstant(), zone);
        } else {
            local = LocalDateTime.parse(until, FLOATING);
        }
        parts.put("UNTIL", FLOATING.format(local));
        return RuleParts.join(parts);
    }

    /**
     * Adds WKST=MO, RFC 5545's default, to a rule without WKST. Without it ical4j 4.2.2 takes the first day of
     * the week from the JVM's default locale, so expansion depended on the locale, and it looked the locale
     * up again for every week or month it expanded. The week start only matters for a weekly rule with
     * INTERVAL above 1 and BYDAY days that the two week starts put in different weeks. The rules
     * calendar-sync writes name DTSTART's weekday, or Monday to Friday from a weekday, and expand the same.
     */
    private static String withWeekStart(String value) {
        return RuleParts.parse(value).containsKey("WKST") ? value : value + ";WKST=MO";
    }

    /**
     * Returns a later seed that generates the same occurrences from {@code localFrom} on, so ical4j need
     * not step through every period since DTSTART. Only safe without COUNT (which counts from DTSTART) and
     * for rules whose periods repeat exactly: daily, weekly, and monthly with explicit BYDAY or BYMONTHDAY
     * (an implicit day of month would be taken from the seed). The new seed lies at least one whole
     * interval before {@code localFrom}, so no period that reaches it is cut short.
     */
    private LocalDateTime seedBefore(LocalDateTime localFrom) {
        if (rule.getCount() > 0 || !localFrom.isAfter(seed)) {
            return seed;
        }
        int interval = Math.max(rule.getInterval(), 1);
        Frequency frequency = rule.getFrequency();
        if (frequency == Frequency.DAILY || frequency == Frequency.WEEKLY) {
            ChronoUnit unit = frequency == Frequency.DAILY ? ChronoUnit.DAYS : ChronoUnit.WEEKS;
            long periods = unit.between(seed, localFrom) / interval - 1;
            return periods > 0 ? seed.plus(periods * interval, unit) : seed;
        }
        boolean explicitDays = !rule.getDayList().isEmpty() || !rule.getMonthDayList().isEmpty();
        if (frequency == Frequency.MONTHLY && explicitDays && rule.getSetPosList().isEmpty()) {
            LocalDateTime firstOfMonth = seed.withDayOfMonth(1);
            long periods = ChronoUnit.MONTHS.between(firstOfMonth, localFrom) / interval - 1;
            return periods > 0 ? firstOfMonth.plusMonths(periods * interval) : seed;
        }
        return seed;
    }
}
