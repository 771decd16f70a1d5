package io.calendarsync.github;

import io.calendarsync.backend.ApplyResult;
import io.calendarsync.config.Texts;
import io.calendarsync.model.CalendarSyncException;
import io.calendarsync.model.Problem;
import io.calendarsync.plan.Plan;
import io.calendarsync.plan.render.PlanRenderer;
import io.calendarsync.plan.render.ScheduleSummary;
import io.calendarsync.sync.Sync;
import io.calendarsync.validate.CalendarValidator;
import io.calendarsync.validate.ValidationOptions;
import io.calendarsync.validate.ValidationResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of the action, the container's entry point. It reads the inputs and the event, validates
 * calendar.yaml, plans against the baseline the event allows, and applies when the event calls for it.
 * It reports through annotations, the pull-request comment, the job summary and the step outputs, and
 * returns the exit code: 0 success, 1 invalid calendar file, 2 usage error, 3 the calendar failed.
 */
public final class ActionRun {

    private static final Logger LOG = LoggerFactory.getLogger(ActionRun.class);

    /** The path of the JSON plan, relative to the workspace, so later steps of the job can read it. */
    static final String PLAN_JSON = ".calendar-sync/plan.json";

    private static final List<String> SECRET_INPUTS = List.of("credentials", "access-token", "github-token");

    private final Clock clock;
    private final PrintWriter out;
    private final Supplier<HttpClient> httpClients;
    private final Path workingDirectory;
    private HttpClient http;

    /**
     * @param out the step's standard output, where workflow commands and the plan go
     * @param httpClients makes the client for the GitHub REST API, whose address comes from GITHUB_API_URL;
     *     it is called only when a run talks to GitHub, because setting up TLS costs a validate run a
     *     quarter of its start-up time
     * @param workingDirectory the workspace when GITHUB_WORKSPACE is not set
     */
    public ActionRun(Clock clock, PrintWriter out, Supplier<HttpClient> httpClients, Path workingDirectory) {
        this.clock = clock;
        this.out = out;
        this.httpClients = httpClients;
        this.workingDirectory = workingDirectory;
    }

    public int run(Map<String, String> env) {
        WorkflowCommands commands = new WorkflowCommands(out);
        maskSecrets(env, commands);

        ActionInputs inputs;
        ActionContext context;
        GitHubEvent event;
        try {
            inputs = ActionInputs.from(env);
            context = ActionContext.from(env, workingDirectory);
            event = GitHubEvent.from(env, workingDirectory);
        } catch (CalendarSyncException e) {
            commands.error(e.getMessage());
            return e.kind().exitCode();
        }

        FileCommands files = new FileCommands(context.outputFile(), context.summaryFile());
        RunState state = new RunState(inputs, context, event);
        int exitCode;
        try {
            exitCode = steps(env, state, commands);
        } catch (CalendarSyncException e) {
            LOG.debug("Run failed", e);
            commands.error(e.getMessage());
            state.notes.add("calendar-sync failed: " + e.getMessage());
            exitCode = e.kind().exitCode();
        }

        report(state, commands, files);
        return exitCode;
    }

    /** Validates, plans and applies as far as the event and the inputs allow; returns the exit code. */
    private int steps(Map<String, String> env, RunState state, WorkflowCommands commands) {
        Instant now = clock.instant();
        StepChoice choice = StepChoice.of(state.inputs, state.event);
        LOG.info("Step {}: {}", choice.step().name().toLowerCase(java.util.Locale.ROOT), choice.reason());

        ValidationOptions options = new ValidationOptions(state.inputs.defaultZone(), now);
        ValidationResult validation = validate(state, options);
        for (Problem problem : validation.problems()) {
            commands.annotate(problem, state.inputs.calendarFile());
        }
        if (!validation.valid()) {
            return CalendarSyncException.Kind.INVALID_CALENDAR.exitCode();
        }
        if (choice.step() == ActionStep.VALIDATE) {
            return 0;
        }

        GitHubApi api = new GitHubApi(state.context.apiUrl(), state.inputs.githubToken(), http());
        Baseline baseline = new BaselineReader(new GoogleCalendars(clock), api, options)
                .read(choice.step(), state.inputs, state.event, state.context, env);
        state.baseline = Optional.of(baseline);
        Sync sync = new Sync(clock);
        Plan plan = sync.plan(baseline.target(), validation.meetings(), state.inputs.removal());
        Map<String, ScheduleSummary> schedules = sync.schedules(plan);
        state.plan = Optional.of(plan);
        state.planMarkdown = Optional.of(PlanRenderer.forFormat("markdown").render(plan, schedules));
        writePlanJson(state, PlanRenderer.forFormat("json").render(plan, schedules));
        commands.printUntrusted(PlanRenderer.forFormat("text").render(plan, schedules));

        if (choice.step() != ActionStep.APPLY) {
            return 0;
        }
        return new ApplyStep(sync, api, commands, state.notes)
                .apply(plan, baseline, state.inputs, state.event, state.context)
                .map(result -> {
                    state.applied = Optional.of(result);
                    return result.succeeded() ? 0 : CalendarSyncException.Kind.TARGET.exitCode();
                })
                .orElse(0);
    }

    private ValidationResult validate(RunState state, ValidationOptions options) {
        String file = state.inputs.calendarFile();
        Path path = state.context.workspace().resolve(file).normalize();
        if (!Files.exists(path)) {
            // Exit code 1, as the command-line tool gives for a missing calendar file.
            throw new CalendarSyncException(CalendarSyncException.Kind.INVALID_CALENDAR, file + " not found in the workspace (" + path + "); check out the "
                    + "repository with actions/checkout before this step, or set the calendar-file input");
        }

        // The reader checks the size before reading and locates invalid UTF-8, as the command-line tool does.
        ValidationResult validation = new CalendarValidator(options).validate(file, path);
        if (state.inputs.strict()) {
            validation = Strictness.warningsAsErrors(validation);
        }
        state.validation = Optional.of(validation);
        LOG.info("{}: {}, {}, {}", file, Texts.count(validation.meetings().size(), "meeting"),
                Texts.count(validation.errorCount(), "error"), Texts.count(validation.warningCount(), "warning"));
        return validation;
    }

    private void writePlanJson(RunState state, String json) {
        Path path = state.context.workspace().resolve(PLAN_JSON);
        try {
            Files.createDirectories(path.getParent());
            Files.writeString(path, json, StandardCharsets.UTF_8);
            state.planJson = Optional.of(PLAN_JSON);
        } catch (IOException e) {
            LOG.warn("Could not write the JSON plan to {}: {}", path, e.toString());
        }
    }

    /** Writes the comment, the summary and the outputs from whatever the run got to. */
    private void report(RunState state, WorkflowCommands commands, FileCommands files) {
        RunReport report = state.toReport();
        if (state.event.isPullRequest() && state.inputs.comment() && state.validation.isPresent()) {
            new CommentPublisher(http(), commands).publish(report, state.inputs, state.event, state.context);
        }
        try {
            files.appendSummary(ReportMarkdown.summary(report));
            for (Map.Entry<String, String> output : state.outputs().entrySet()) {
                files.setOutput(output.getKey(), output.getValue());
            }
        } catch (IOException e) {
            commands.warning("Could not write the job summary or the step outputs: " + e.getMessage());
        }
    }

    private HttpClient http() {
        if (http == null) {
            http = httpClients.get();
        }
        return http;
    }

    /**
     * Registers every secret input with the runner before anything else is printed. The raw variables are
     * read, so secrets are masked even when another input is invalid.
     */
    private static void maskSecrets(Map<String, String> env, WorkflowCommands commands) {
        for (String input : SECRET_INPUTS) {
            String value = env.getOrDefault(ActionInputs.variable(input), "");
            SecretMasks.of(value).forEach(commands::addMask);
        }
    }
}
