package io.calendarsync.cli;

import io.calendarsync.config.Texts;
import io.calendarsync.model.CalendarSyncException;
import io.calendarsync.model.Problem;
import io.calendarsync.validate.CalendarValidator;
import io.calendarsync.validate.ValidationOptions;
import io.calendarsync.validate.ValidationResult;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/** {@code calendar-sync validate}: checks calendar.yaml and prints every problem. */
final class ValidateCommand {

    private final Context context;

    ValidateCommand(Context context) {
        this.context = context;
    }

    int run(String[] args) {
        Options options = CommandLines.calendarOptions();
        CommandLine line = CommandLines.parse("validate", options, args);
        if (line.hasOption("help")) {
            context.out().print(CommandLines.help("validate", "Checks calendar.yaml and lists every problem.", options));
            return 0;
        }

        ValidationResult result = validate(context, line);
        context.out().println(result.file() + ": " + tally(result));
        return 0;
    }

    static String tally(ValidationResult result) {
        return plural(result.meetings().size(), "meeting") + ", " + plural(result.errorCount(), "error") + ", "
                + plural(result.warningCount(), "warning");
    }

    static String plural(long count, String noun) {
        return Texts.count(count, noun);
    }

    /**
     * Validates the file the command line names, prints each problem to stderr, and raises
     * INVALID_CALENDAR when the file has errors, or warnings under {@code --strict}.
     */
    static ValidationResult validate(Context context, CommandLine line) {
        ValidationOptions options = new ValidationOptions(
                CommandLines.defaultZone(line, context.clock().instant()), context.clock().instant());
        ValidationResult result = new CalendarValidator(options).validate(CommandLines.calendarFile(line));
        for (Problem problem : result.problems()) {
            context.err().println(problem.format());
        }

        boolean strict = line.hasOption("strict");
        if (!result.valid() || (strict && !result.warnings().isEmpty())) {
            throw new CalendarSyncException(CalendarSyncException.Kind.INVALID_CALENDAR, result.file() + " is invalid: "
                    + plural(result.errorCount(), "error") + ", " + plural(result.warningCount(), "warning")
                    + (strict && result.valid() ? " (--strict makes warnings fail)" : ""));
        }
        return result;
    }
}
