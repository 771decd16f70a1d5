package io.calendarsync.plan.render;

import io.calendarsync.plan.Plan;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Wording that the text and Markdown plans share, so both print the same sentences. */
final class PlanTexts {

    static final int MAX_VALUE_LENGTH = 120;

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("EEE HH:mm 'UTC'", Locale.ROOT);

    private PlanTexts() {
    }

    static String tally(Plan plan) {
        return String.format(Locale.ROOT, "%d to create, %d to update, %d to remove, %d unchanged.",
                plan.created(), plan.updated(), plan.removed(), plan.unchanged()) + history(plan);
    }

    static String noChanges(Plan plan) {
        return "No changes. " + plan.target() + " matches calendar.yaml (" + count(plan.unchanged(), "event") + ")."
                + history(plan);
    }

    /** Formats "1 event" or "2 events". */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String history(Plan plan) {
        if (plan.keptAsHistory() == 0) {
            return "";
        }
        return " " + count(plan.keptAsHistory(), "past event") + " gone from calendar.yaml "
                + (plan.keptAsHistory() == 1 ? "stays" : "stay") + " as history.";
    }

    /** Formats an occurrence as local time with its zone, and the same instant in UTC beside it. */
    static String occurrence(ZonedDateTime start) {
        return LOCAL.format(start) + " " + start.getZone().getId() + " (" + UTC.format(start.withZoneSameInstant(ZoneOffset.UTC)) + ")";
    }

    /** Formats a field value on one line, shortened so a long description does not drown the plan. */
    static String oneLine(String value) {
        if (value.isEmpty()) {
            return "(none)";
        }
        String flat = value.strip().replace("\r", "").replace("\n", " ⏎ ");
        if (flat.length() <= MAX_VALUE_LENGTH) {
            return flat;
        }
        return flat.substring(0, MAX_VALUE_LENGTH - 1) + "…";
    }
}
