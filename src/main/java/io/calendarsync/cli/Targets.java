package io.calendarsync.cli;

import io.calendarsync.backend.Target;
import io.calendarsync.backend.google.GoogleOptions;
import io.calendarsync.backend.google.GoogleTargetFactory;
import io.calendarsync.backend.ics.IcsTarget;
import io.calendarsync.model.CalendarSyncException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/** Builds the target a {@code --target} value names, with the options that target takes. */
final class Targets {

    private static final List<String> GOOGLE_ONLY =
            List.of("credentials", "access-token", "delegated-user", "send-updates", "google-api-url");

    private Targets() {
    }

    static void addOptions(Options options) {
        GoogleOptions.addTo(options);
    }

    static Target create(TargetSpec spec, CommandLine line, Context context) {
        return switch (spec.kind()) {
            case TargetSpec.ICS -> {
                rejectGoogleOptions(line);
                yield new IcsTarget(Path.of(spec.location()), context.clock());
            }
            case TargetSpec.GOOGLE -> new GoogleTargetFactory(context.env(), context.clock())
                    .withStdin(context.in())
                    .create(spec.location(), GoogleOptions.from(line, context.env()));
            default -> throw CalendarSyncException.usage("--target: the " + spec.kind() + " target is not available");
        };
    }

    /** Fails on Google options given for a file target: the user most likely forgot --target google:ID. */
    private static void rejectGoogleOptions(CommandLine line) {
        for (String option : GOOGLE_ONLY) {
            if (line.hasOption(option)) {
                throw CalendarSyncException.usage("--" + option + " applies only to a Google Calendar target;"
                        + " add --target google:CALENDAR_ID, or leave --" + option + " out for an iCalendar file");
            }
        }
    }
}
