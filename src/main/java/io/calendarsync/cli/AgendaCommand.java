package io.calendarsync.cli;

import io.calendarsync.agenda.Agenda;
import io.calendarsync.agenda.AgendaBuilder;
import io.calendarsync.agenda.AgendaRenderer;
import io.calendarsync.model.CalendarSyncException;
import io.calendarsync.validate.DateOptions;
import io.calendarsync.validate.ValidationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** {@code calendar-sync agenda}: lists the upcoming occurrences of every meeting in time order. */
final class AgendaCommand {

    static final int DEFAULT_DAYS = 14;
    /** A year and a day, so a whole year from any date fits; longer lists are better read as a plan. */
    static final int MAX_DAYS = 366;

    private final Context context;

    AgendaCommand(Context context) {
        this.context = context;
    }

    int run(String[] args) {
        Options options = options();
        CommandLine line = CommandLines.parse("agenda", options, args);
        if (line.hasOption("help")) {
            context.out().print(CommandLines.help("agenda", "Lists the upcoming occurrences of every meeting in"
                    + " time order, in local time and UTC, and marks where a meeting's UTC time moves.", options));
            return 0;
        }
        String format = CommandLines.choice(line, "format", "text", "text", "markdown", "json");
        ZoneId zone = CommandLines.defaultZone(line, context.clock().instant());
        LocalDate firstDay = firstDay(line, zone);
        int days = days(line);

        ValidationResult calendar = ValidateCommand.validate(context, line);
        Agenda agenda = new AgendaBuilder().build(calendar.meetings(), firstDay, days, zone);
        try (ChunkedOutput out = new ChunkedOutput(context.out())) {
            AgendaRenderer.forFormat(format).render(agenda, out);
        } catch (IOException e) {
            // ChunkedOutput prints to a PrintStream, which records write errors instead of raising them.
            throw new UncheckedIOException(e);
        }
        return 0;
    }

    /** Returns {@code --from}, or today in the default zone by the injected clock. */
    private LocalDate firstDay(CommandLine line, ZoneId zone) {
        String value = line.getOptionValue("from");
        if (value == null) {
            return LocalDate.ofInstant(context.clock().instant(), zone);
        }
        return DateOptions.parse("--from", value);
    }

    private static int days(CommandLine line) {
        String value = line.getOptionValue("days", String.valueOf(DEFAULT_DAYS));
        int days;
        try {
            days = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            days = 0;
        }
        if (days < 1 || days > MAX_DAYS) {
            throw CalendarSyncException.usage("--days: '" + value + "' is not a number of days from 1 to " + MAX_DAYS);
        }
        return days;
    }

    private static Options options() {
        Options options = CommandLines.calendarOptions();
        options.addOption(Option.builder().longOpt("from").hasArg().argName("DATE")
                .desc("first day, yyyy-MM-dd or MM/dd/yyyy, in the default time zone (default: today)").get());
        options.addOption(Option.builder().longOpt("days").hasArg().argName("N")
                .desc("number of days to list, from 1 to " + MAX_DAYS + " (default: " + DEFAULT_DAYS + ")").get());
        options.addOption(Option.builder().longOpt("format").hasArg().argName("FORMAT")
                .desc("agenda format: text, markdown or json (default: text)").get());
        return options;
    }
}
