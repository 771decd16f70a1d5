package io.calendarsync.cli;

import io.calendarsync.backend.google.MintCredentials;
import io.calendarsync.model.CalendarSyncException;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;

/**
 * The command-line entry point. {@link #run} takes its environment, clock and streams as arguments and
 * returns the exit code, so tests run the whole tool in-process without globals.
 */
public final class Main {

    static final String USAGE = """
            Usage: calendar-sync COMMAND [OPTIONS]

            Commands:
              validate          check calendar.yaml and list every problem
              plan              show the changes that apply would make to the target
              apply             print the plan, then make the changes
              agenda            list the upcoming occurrences of every meeting in time order
              mint-credentials  sign in with Google and write a credential for the Google target
              help              show this text

            Run 'calendar-sync COMMAND --help' for a command's options.
            Exit codes: 0 success, 1 invalid calendar file, 2 usage error, 3 the target failed.
            """;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), Clock.systemUTC(), System.in, System.out, System.err));
    }

    public static int run(String[] args, Map<String, String> env, Clock clock, PrintStream out, PrintStream err) {
        return run(args, env, clock, System.in, out, err);
    }

    /** Runs one command; {@code in} is read only by {@code --credentials -}. */
    public static int run(String[] args, Map<String, String> env, Clock clock, InputStream in, PrintStream out,
            PrintStream err) {
        if (args.length == 0 || isHelp(args[0])) {
            (args.length == 0 ? err : out).print(USAGE);
            return args.length == 0 ? 2 : 0;
        }

        String command = args[0];
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        Context context = new Context(env, clock, in, out, err);
        try {
            return switch (command) {
                case "validate" -> new ValidateCommand(context).run(rest);
                case "plan" -> new SyncCommand(context, false).run(rest);
                case "apply" -> new SyncCommand(context, true).run(rest);
                case "agenda" -> new AgendaCommand(context).run(rest);
                case "mint-credentials" -> new MintCredentials().run(rest, env, out, err);
                default -> throw CalendarSyncException.usage("unknown command '" + command
                        + "'; run 'calendar-sync help' for the list of commands");
            };
        } catch (CalendarSyncException e) {
            err.println("calendar-sync: error: " + e.getMessage());
            return e.kind().exitCode();
        }
    }

    static boolean isHelp(String argument) {
        return argument.equals("help") || argument.equals("--help") || argument.equals("-h");
    }
}
