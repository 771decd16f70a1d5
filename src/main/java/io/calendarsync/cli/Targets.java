package io.calendarsync.cli;

import io.calendarsync.backend.Target;
import io.calendarsync.backend.ics.IcsTarget;
import io.calendarsync.model.CalendarSyncException;
import java.nio.file.Path;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/** Builds the target a {@code --target} value names, with the options that target takes. */
final class Targets {

    private Targets() {
    }

    static void addOptions(Options options) {
    }

    static Target create(TargetSpec spec, CommandLine line, Context context) {
        return switch (spec.kind()) {
            case TargetSpec.ICS -> new IcsTarget(Path.of(spec.location()), context.clock());
            default -> throw CalendarSyncException.usage("--target: the " + spec.kind() + " target is not available");
        };
    }
}
