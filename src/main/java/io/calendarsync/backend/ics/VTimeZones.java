package io.calendarsync.backend.ics;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.model.property.XProperty;

/**
 * Builds VTIMEZONE components from the JDK's time-zone data, so the file states exactly the rules the tool
 * computed with. A component covers the instants from {@code earliest} on: the observances the JDK lists
 * for past years one by one, then its current yearly rules as RRULEs. Only the JDK's data decides the
 * output, so an unchanged calendar gives the same bytes on the same JDK.
 */
final class VTimeZones {

    private static final DateTimeFormatter LOCAL_DATE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    /** DTSTART of the single observance of a zone that never changes offset. */
    private static final LocalDateTime FIXED_OFFSET_START = LocalDateTime.of(1970, 1, 1, 0, 0);

    private VTimeZones() {
    }

    static VTimeZone build(ZoneId zone, Instant earliest) {
        ZoneRules rules = zone.getRules();
        List<Observance> observances = new ArrayList<>();
        List<ZoneOffsetTransition> history = rules.getTransitions();
        List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();

        if (history.isEmpty() && yearly.isEmpty()) {
            ZoneOffset offset = rules.getOffset(earliest);
            observances.add(observance(false, FIXED_OFFSET_START, offset, offset, Optional.empty(), List.of()));
        } else {
            Optional<ZoneOffsetTransition> lastHistoric = history.isEmpty()
                    ? Optional.empty() : Optional.of(history.get(history.size() - 1));
            List<ZoneOffsetTransition> firstRuleChanges = new ArrayList<>();
            for (ZoneOffsetTransitionRule rule : yearly) {
                firstRuleChanges.add(firstChange(rule, lastHistoric));
            }

            // Past transitions matter only for instants before every yearly rule has taken effect once.
            boolean rulesCoverEarliest = !yearly.isEmpty() && firstRuleChanges.stream()
                    .allMatch(change -> !change.getInstant().isAfter(earliest));
            if (!rulesCoverEarliest) {
                for (ZoneOffsetTransition transition : relevantHistory(history, earliest)) {
                    observances.add(observance(rules.isDaylightSavings(transition.getInstant()),
                            transition.getDateTimeBefore(), transition.getOffsetBefore(), transition.getOffsetAfter(),
                            Optional.empty(), List.of()));
                }
            }
            for (int i = 0; i < yearly.size(); i++) {
                observances.add(ruleObservance(yearly.get(i), firstRuleChanges.get(i)));
            }
        }

        observances.sort(Comparator.comparing(VTimeZones::observanceStart));
        PropertyList properties = new PropertyList()
                .add(new TzId(zone.getId()))
                // libical-based clients (Thunderbird, Evolution) map the zone by this name.
                .add(new XProperty("X-LIC-LOCATION", zone.getId()));
        return new VTimeZone(properties, new ComponentList<>(observances));
    }

    /** Returns the transition in effect at {@code earliest} and every later one the JDK lists. */
    private static List<ZoneOffsetTransition> relevantHistory(List<ZoneOffsetTransition> history, Instant earliest) {
        int first = 0;
        for (int i = 0; i < history.size(); i++) {
            if (!history.get(i).getInstant().isAfter(earliest)) {
                first = i;
            }
        }
        return history.subList(first, history.size());
    }

    /** Returns the first change a yearly rule makes after the last transition the JDK lists one by one. */
    private static ZoneOffsetTransition firstChange(ZoneOffsetTransitionRule rule,
            Optional<ZoneOffsetTransition> lastHistoric) {
        if (lastHistoric.isEmpty()) {
            return rule.createTransition(FIXED_OFFSET_START.getYear());
        }
        Instant after = lastHistoric.get().getInstant();
        int year = lastHistoric.get().getDateTimeAfter().getYear();
        ZoneOffsetTransition change = rule.createTransition(year);
        while (!change.getInstant().isAfter(after)) {
            year++;
            change = rule.createTransition(year);
        }
        return change;
    }

    private static Observance ruleObservance(ZoneOffsetTransitionRule rule, ZoneOffsetTransition first) {
        boolean daylight = !rule.getOffsetAfter().equals(rule.getStandardOffset());
        int firstYear = first.getDateTimeBefore().getYear();
        Optional<String> rrule = ObservanceRules.rrule(rule, firstYear);
        List<LocalDateTime> explicit = rrule.isPresent() ? List.of() : ObservanceRules.explicitChanges(rule, firstYear);
        return observance(daylight, first.getDateTimeBefore(), rule.getOffsetBefore(), rule.getOffsetAfter(),
                rrule, explicit);
    }

    private static Observance observance(boolean daylight, LocalDateTime start, ZoneOffset from, ZoneOffset to,
            Optional<String> rrule, List<LocalDateTime> explicitChanges) {
        List<Property> properties = new ArrayList<>();
        properties.add(new UnparsedProperty(Property.DTSTART, LOCAL_DATE_TIME.format(start)));
        properties.add(new TzOffsetFrom(from));
        properties.add(new TzOffsetTo(to));
        rrule.ifPresent(rule -> properties.add(new UnparsedProperty(Property.RRULE, rule)));
        if (!explicitChanges.isEmpty()) {
            // NOTE: no zone of the JDK 17 data needs this; it lists a century of changes when no RRULE fits.
            properties.add(new UnparsedProperty(Property.RDATE,
                    explicitChanges.stream().map(LOCAL_DATE_TIME::format).collect(Collectors.joining(","))));
        }
        PropertyList list = new PropertyList(properties);
        return daylight ? new Daylight(list) : new Standard(list);
    }

    private static LocalDateTime observanceStart(Observance observance) {
        return LocalDateTime.parse(observance.getRequiredProperty(Property.DTSTART).getValue(), LOCAL_DATE_TIME);
    }
}
