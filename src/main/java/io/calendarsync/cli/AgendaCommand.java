package io.calendarsync.cli;

import io.calendarsync.agenda.Agenda;
import io.calendarsync.agenda.AgendaBuilder;
import io.calendarsync.agenda.AgendaRenderer;
import io.calendarsync.model.CalendarSyncException;
import io.calendarsync.validate.ValidationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** {@code calendar-sync agenda}: lists the upcoming occurrences of every meeting in time order. */
final class AgendaCommand {

    static final int DEFAULT_DAYS = 14;
    /** A year and a day, so a whole year from any date fits; longer lists are better read as a plan. */
    static final int MAX_DAYS = 366;

    private static final int MIN_YEAR = 1970;
    private static final int MAX_YEAR = 2199;

    private static final DateTimeFormatter US_DATE =
            DateTimeFormatter.ofPattern("MM/dd/uuuu").withResolverStyle(ResolverStyle.STRICT);

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

    /** Returns {@code dd/MM/yyyy} text as {@code MM/dd/yyyy} when only that order is a date, or "" otherwise. */
    private static String swappedDayAndMonth(String text) {
        String[] parts = text.split("/");
        if (parts.length != 3) {
            return "";
        }
        String swapped = parts[1] + "/" + parts[0] + "/" + parts[2];
        try {
            LocalDate.parse(swapped, US_DATE);
            return swapped;
        } catch (DateTimeParseException e) {
            return "";
        }
    }

    /** Returns {@code --from}, or today in the default zone by the injected clock. */
    private LocalDate firstDay(CommandLine line, ZoneId zone) {
        String value = line.getOptionValue("from");
        if (value == null) {
            return LocalDate.ofInstant(context.clock().instant(), zone);
        }
        String text = value.strip();
        LocalDate day;
        try {
            day = text.contains("/") ? LocalDate.parse(text, US_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            String swapped = swappedDayAndMonth(text);
            throw CalendarSyncException.usage("--from: '" + value + "' is not a valid date; "
                    + (swapped.isEmpty() ? "" : "the day and month look swapped; did you mean " + swapped + "? ")
                    + "write yyyy-MM-dd, for example 2025-07-01, or MM/dd/yyyy");
        }
        // The years a date in calendar.yaml may have; near the end of LocalDate's range, adding days fails.
        if (day.getYear() < MIN_YEAR || day.getYear() > MAX_YEAR) {
            throw CalendarSyncException.usage("--from: '" + value + "' has the year " + day.getYear() + ", outside "
                    + MIN_YEAR + " to " + MAX_YEAR + "; check the year");
        }
        return day;
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
