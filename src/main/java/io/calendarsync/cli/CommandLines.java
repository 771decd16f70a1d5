package io.calendarsync.cli;

import io.calendarsync.model.CalendarSyncException;
import io.calendarsync.validate.ZoneNames;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import org.apache.commons.cli.AmbiguousOptionException;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.apache.commons.cli.UnrecognizedOptionException;

/** Option definitions and parsing shared by the commands. */
final class CommandLines {

    static final String DEFAULT_FILE = "calendar.yaml";
    static final String DEFAULT_TIMEZONE = "America/Los_Angeles";

    private CommandLines() {
    }

    /** Options every command that reads calendar.yaml takes. */
    static Options calendarOptions() {
        Options options = new Options();
        options.addOption(Option.builder("f").longOpt("file").hasArg().argName("FILE")
                .desc("calendar file to read (default: " + DEFAULT_FILE + " in the working directory)").get());
        options.addOption(Option.builder().longOpt("default-timezone").hasArg().argName("ZONE")
                .desc("IANA time zone of meetings without a timezone key (default: " + DEFAULT_TIMEZONE + ")").get());
        options.addOption(Option.builder().longOpt("strict")
                .desc("treat warnings as errors: any warning fails validation").get());
        options.addOption(Option.builder("h").longOpt("help").desc("show this help").get());
        return options;
    }

    /** Parses {@code args}; a malformed command line is a usage error naming the command. */
    static CommandLine parse(String command, Options options, String[] args) {
        try {
            CommandLine line = new DefaultParser().parse(options, args);
            if (!line.getArgList().isEmpty()) {
                throw CalendarSyncException.usage("unexpected argument '" + line.getArgList().get(0) + "' for "
                        + command + "; run 'calendar-sync " + command + " --help'");
            }
            return line;
        } catch (UnrecognizedOptionException e) {
            // commons-cli quotes "--name=value" whole, and a misspelt --access-token would print the token.
            String option = e.getOption().split("=", 2)[0];
            String problem = "unknown option '" + option + "'";
            if (e instanceof AmbiguousOptionException ambiguous) {
                problem = "ambiguous option '" + option + "' (could be --"
                        + String.join(", --", ambiguous.getMatchingOptions()) + ")";
            }
            throw CalendarSyncException.usage(problem + "; run 'calendar-sync " + command + " --help'");
        } catch (ParseException e) {
            throw CalendarSyncException.usage(e.getMessage() + "; run 'calendar-sync " + command + " --help'");
        }
    }

    static String help(String command, String summary, Options options) {
        StringWriter text = new StringWriter();
        PrintWriter writer = new PrintWriter(text);
        new HelpFormatter().printHelp(writer, 100, "calendar-sync " + command + " [OPTIONS]", summary + "\n\n",
                options, 2, 4, "\nExit codes: 0 success, 1 invalid calendar file, 2 usage error, 3 the target failed.");
        writer.flush();
        return text.toString();
    }

    static Path calendarFile(CommandLine line) {
        return Path.of(line.getOptionValue("file", DEFAULT_FILE));
    }

    /** Reads --default-timezone with the rules of the timezone key, so PST or +03:00 is rejected here too. */
    static ZoneId defaultZone(CommandLine line, Instant now) {
        return ZoneNames.parseOption("--default-timezone", line.getOptionValue("default-timezone", DEFAULT_TIMEZONE), now);
    }

    /** Reads an option that takes one of a fixed set of values. */
    static String choice(CommandLine line, String option, String fallback, String... allowed) {
        String value = line.getOptionValue(option, fallback);
        for (String candidate : allowed) {
            if (candidate.equals(value)) {
                return value;
            }
        }
        throw CalendarSyncException.usage("--" + option + ": '" + value + "' is not one of " + String.join(", ", allowed));
    }
}
