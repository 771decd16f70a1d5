package io.calendarsync.github;

import io.calendarsync.backend.ApplyFailure;
import io.calendarsync.backend.ApplyResult;
import io.calendarsync.backend.Target;
import io.calendarsync.model.CalendarSyncException;
import io.calendarsync.plan.Plan;
import io.calendarsync.plan.RemovalGuard;
import io.calendarsync.sync.Sync;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a plan to the live calendar after the checks that guard it. The removal guard runs first. On a
 * push, the pushed commit must still be the head of the default branch, so an older run that waited in
 * the queue does not overwrite the calendar of a newer commit.
 */
final class ApplyStep {

    private static final Logger LOG = LoggerFactory.getLogger(ApplyStep.class);

    private final Sync sync;
    private final GitHubApi api;
    private final WorkflowCommands commands;
    private final List<String> notes;

    ApplyStep(Sync sync, GitHubApi api, WorkflowCommands commands, List<String> notes) {
        this.sync = sync;
        this.api = api;
        this.commands = commands;
        this.notes = notes;
    }

    /** Returns what apply did, or empty when it stopped before the first write on purpose. */
    Optional<ApplyResult> apply(Plan plan, Baseline baseline, ActionInputs inputs, GitHubEvent event,
            ActionContext context) {
        if (!baseline.live()) {
            throw new IllegalStateException("apply needs the live calendar, not " + baseline.target().name());
        }
        Target target = baseline.target();
        if (!plan.hasChanges()) {
            notes.add("Nothing to apply: " + target.name() + " already matches " + inputs.calendarFile() + ".");
            return Optional.of(new ApplyResult(0, 0, 0, List.of()));
        }

        RemovalGuard.Verdict verdict = RemovalGuard.check(plan, inputs.allowMassRemoval());
        if (!verdict.allowed()) {
            throw new CalendarSyncException(CalendarSyncException.Kind.TARGET,
                    verdict.message().replace("--allow-mass-removal", "the allow-mass-removal input set to true"));
        }
        if (!verdict.message().isEmpty()) {
            notes.add(verdict.message().replace("--allow-mass-removal", "the allow-mass-removal input"));
        }
        if (newerCommitExists(event, context)) {
            return Optional.empty();
        }

        ApplyResult result = sync.apply(target, plan);
        notes.add("Applied to " + target.name() + ": " + result.created() + " created, " + result.updated()
                + " updated, " + result.removed() + " removed.");
        for (ApplyFailure failure : result.failures()) {
            String message = failure.eventId() + ": " + failure.action() + " failed: " + failure.reason();
            commands.error(message);
            notes.add(message);
        }
        return Optional.of(result);
    }

    /**
     * Checks, on a push, that the pushed commit is still the default branch's head. When the check itself
     * fails the apply goes on with a warning, because a sync is idempotent and the newest run repairs it.
     */
    private boolean newerCommitExists(GitHubEvent event, ActionContext context) {
        if (!event.name().equals("push") || event.defaultBranch().isEmpty() || context.repository().isEmpty()) {
            return false;
        }
        String pushed = event.pushedSha().orElse(context.sha());
        String branch = event.defaultBranch().get();
        String head;
        try {
            head = api.branchHead(context.repository().get(), branch);
        } catch (GitHubApiException e) {
            commands.warning("Could not check that " + ReportMarkdown.shortSha(pushed) + " is still the head of "
                    + branch + " (" + e.getMessage() + "); applying anyway");
            return false;
        }
        if (head.equalsIgnoreCase(pushed)) {
            return false;
        }
        String message = "Not applied: " + ReportMarkdown.shortSha(pushed) + " is no longer the head of " + branch
                + "; the run for the newer commit " + ReportMarkdown.shortSha(head) + " applies instead.";
        LOG.info(message);
        commands.notice(message);
        notes.add(message);
        return true;
    }
}
