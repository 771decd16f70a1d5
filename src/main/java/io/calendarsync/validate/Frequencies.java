package io.calendarsync.validate;

import io.calendarsync.config.ScalarSpec;
import io.calendarsync.config.Suggestions;
import io.calendarsync.config.Texts;
import io.calendarsync.model.Frequency;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses {@code frequency:}, in any letter case, into a {@link Cadence}. */
final class Frequencies {

    static final int MAX_WEEKS = 52;

    /** The values the reference documents, in its order; every-N-weeks stands for a family. */
    static final List<String> DOCUMENTED = List.of("weekly", "bi-weekly", "every-4-weeks", "every-N-weeks",
            "daily", "weekdays", "monthly", "monthly-last", "monthly-on-day", "yearly");

    private static final Map<String, Cadence> NAMED = Map.of(
            "weekly", new Cadence(Frequency.WEEKLY, 1),
            "bi-weekly", new Cadence(Frequency.WEEKLY, 2),
            "daily", new Cadence(Frequency.DAILY, 1),
            "weekdays", new Cadence(Frequency.WEEKDAYS, 1),
            "monthly", new Cadence(Frequency.MONTHLY_NTH, 1),
            "monthly-last", new Cadence(Frequency.MONTHLY_LAST, 1),
            "monthly-on-day", new Cadence(Frequency.MONTHLY_ON_DAY, 1),
            "yearly", new Cadence(Frequency.YEARLY, 1));

    /** Spellings from other tools that edit distance would not map to a valid value. */
    private static final Map<String, String> SYNONYMS = Map.of(
            "fortnightly", "bi-weekly",
            "every-other-week", "bi-weekly",
            "every-week", "weekly",
            "every-day", "daily",
            "annually", "yearly",
            "annual", "yearly",
            "every-month", "monthly",
            "last-monthly", "monthly-last");

    private static final Pattern EVERY_N_WEEKS = Pattern.compile("every-(\\d{1,9})-weeks");
    private static final Pattern ALMOST_EVERY_N_WEEKS = Pattern.compile("every[ _-]?(\\d{1,9})[ _-]?weeks?");

    private Frequencies() {
    }

    static Optional<Cadence> parse(ScalarSpec value, MeetingProblems problems) {
        String text = value.text().strip().toLowerCase(Locale.ROOT);
        Cadence named = NAMED.get(text);
        if (named != null) {
            return Optional.of(named);
        }
        Matcher everyN = EVERY_N_WEEKS.matcher(text);
        if (everyN.matches()) {
            int weeks = Integer.parseInt(everyN.group(1));
            if (weeks >= 1 && weeks <= MAX_WEEKS) {
                return Optional.of(new Cadence(Frequency.WEEKLY, weeks));
            }
            problems.error("frequency", value.location(), Texts.quote(value.text().strip()) + " repeats every "
                    + weeks + " weeks; N in every-N-weeks goes from 1 to " + MAX_WEEKS,
                    weeks == 0 ? "leave out frequency for a meeting that happens once"
                            : "use a number from 1 to " + MAX_WEEKS + ", or yearly");
            return Optional.empty();
        }
        reportUnknown(text, value, problems);
        return Optional.empty();
    }

    private static void reportUnknown(String text, ScalarSpec value, MeetingProblems problems) {
        String valid = "valid values are " + String.join(", ", DOCUMENTED) + " (N from 1 to " + MAX_WEEKS + ")";
        String quoted = Texts.quote(value.text().strip());
        if (text.equals("once") || text.equals("none") || text.equals("never") || text.equals("one-time")) {
            problems.error("frequency", value.location(), "unknown frequency " + quoted,
                    "leave out frequency for a meeting that happens once");
            return;
        }
        Optional<String> suggestion = suggest(text);
        String fix = suggestion.map(known -> "did you mean '" + known + "'? " + valid).orElse(valid);
        problems.error("frequency", value.location(), "unknown frequency " + quoted, fix);
    }

    private static Optional<String> suggest(String text) {
        if (SYNONYMS.containsKey(text)) {
            return Optional.of(SYNONYMS.get(text));
        }
        Matcher almost = ALMOST_EVERY_N_WEEKS.matcher(text);
        if (almost.matches()) {
            return Optional.of("every-" + Integer.parseInt(almost.group(1)) + "-weeks");
        }
        List<String> candidates = new ArrayList<>(NAMED.keySet());
        candidates.add("every-4-weeks");
        candidates.add("every-2-weeks");
        return Suggestions.closest(text, candidates.stream().sorted().toList());
    }
}
