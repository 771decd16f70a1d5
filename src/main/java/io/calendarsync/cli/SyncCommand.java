package io.calendarsync.cli;

import io.calendarsync.backend.ApplyFailure;
import io.calendarsync.backend.ApplyResult;
import io.calendarsync.backend.Target;
import io.calendarsync.model.CalendarSyncException;
import io.calendarsync.plan.Plan;
import io.calendarsync.plan.RemovalGuard;
import io.calendarsync.plan.RemovalPolicy;
import io.calendarsync.plan.render.PlanRenderer;
import io.calendarsync.sync.Sync;
import io.calendarsync.validate.ValidationResult;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** {@code calendar-sync plan} and {@code calendar-sync apply}: compare calendar.yaml with a target, then change it. */
final class SyncCommand {

    private final Context context;
    private final boolean apply;

    SyncCommand(Context context, boolean apply) {
        this.context = context;
        this.apply = apply;
    }

    int run(String[] args) {
        String command = apply ? "apply" : "plan";
        Options options = options();
        CommandLine line = CommandLines.parse(command, options, args);
        if (line.hasOption("help")) {
            context.out().print(CommandLines.help(command, apply
                    ? "Prints the plan, then changes the target to match calendar.yaml."
                    : "Shows the changes that apply would make to the target, and changes nothing.", options));
            return 0;
        }
        String format = CommandLines.choice(line, "format", "text", "text", "markdown", "json");
        RemovalPolicy removal = RemovalPolicy.valueOf(
                CommandLines.choice(line, "removal", "end", "end", "delete").toUpperCase(java.util.Locale.ROOT));

        ValidationResult calendar = ValidateCommand.validate(context, line);
        TargetSpec spec = TargetSpec.parse(line.getOptionValue("target"), CommandLines.calendarFile(line));
        Target target = Targets.create(spec, line, context);

        Sync sync = new Sync(context.clock());
        Plan plan = sync.plan(target, calendar.meetings(), removal);
        context.out().print(PlanRenderer.forFormat(format).render(plan, sync.schedules(plan)));
        if (!apply) {
            return 0;
        }

        return applyPlan(target, plan, sync, line.hasOption("allow-mass-removal"));
    }

    private int applyPlan(Target target, Plan plan, Sync sync, boolean allowMassRemoval) {
        RemovalGuard.Verdict verdict = RemovalGuard.check(plan, allowMassRemoval);
        if (!verdict.allowed()) {
            context.err().println("calendar-sync: error: " + verdict.message());
            return CalendarSyncException.Kind.TARGET.exitCode();
        }
        if (!plan.hasChanges()) {
            return 0;
        }

        ApplyResult result = sync.apply(target, plan);
        context.out().println("\nApply " + (result.succeeded() ? "complete" : "incomplete") + ": " + result.created()
                + " created, " + result.updated() + " updated, " + result.removed() + " removed, "
                + result.failures().size() + " failed.");
        for (ApplyFailure failure : result.failures()) {
            context.err().println("calendar-sync: error: " + failure.eventId() + ": " + failure.action() + " failed: "
                    + failure.reason());
        }
        if (!result.succeeded()) {
            context.err().println("The other changes were applied; run apply again to retry what failed.");
            return CalendarSyncException.Kind.TARGET.exitCode();
        }
        return 0;
    }

    private Options options() {
        Options options = CommandLines.calendarOptions();
        options.addOption(Option.builder("t").longOpt("target").hasArg().argName("TARGET")
                .desc("ics:PATH or google:CALENDAR_ID (default: ics: a calendar.ics beside the calendar file)").get());
        options.addOption(Option.builder().longOpt("format").hasArg().argName("FORMAT")
                .desc("plan format: text, markdown or json (default: text)").get());
        options.addOption(Option.builder().longOpt("removal").hasArg().argName("POLICY")
                .desc("how to remove meetings gone from the file: end (end started series, delete the rest;"
                        + " the default) or delete").get());
        options.addOption(Option.builder().longOpt("allow-mass-removal")
                .desc("let apply remove more than 3 events and more than 25% of the managed events").get());
        Targets.addOptions(options);
        return options;
    }
}
