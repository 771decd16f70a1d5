package io.calendarsync.github;

import java.util.Optional;

/**
 * The step the action takes for an event and the inputs, with the reason, which the log and the summary
 * show when nothing was applied.
 */
public record StepChoice(ActionStep step, String reason) {

    /**
     * Chooses the step. A pull-request event never applies, whatever the mode: it plans at most. With mode
     * {@code auto}, a push applies only on the repository's default branch, and workflow_dispatch and
     * schedule apply unless {@code dry-run} is true.
     */
    public static StepChoice of(ActionInputs inputs, GitHubEvent event) {
        ActionMode mode = inputs.mode();
        if (mode == ActionMode.VALIDATE) {
            return new StepChoice(ActionStep.VALIDATE, "mode is validate");
        }
        if (mode == ActionMode.PLAN) {
            return new StepChoice(ActionStep.PLAN, "mode is plan");
        }
        if (event.isPullRequest()) {
            return new StepChoice(ActionStep.PLAN, mode == ActionMode.APPLY
                    ? "a " + event.name() + " event never writes to the calendar, so mode apply only plans"
                    : "a " + event.name() + " event plans");
        }
        if (mode == ActionMode.APPLY) {
            return applyUnlessDryRun(inputs, "mode is apply");
        }
        return switch (event.name()) {
            case "push" -> forPush(inputs, event);
            case "workflow_dispatch", "schedule" -> applyUnlessDryRun(inputs, "a " + event.name() + " event applies");
            case "" -> new StepChoice(ActionStep.VALIDATE, "no GITHUB_EVENT_NAME is set, so mode auto only validates");
            default -> new StepChoice(ActionStep.VALIDATE, "mode auto only validates on " + event.name() + " events");
        };
    }

    private static StepChoice forPush(ActionInputs inputs, GitHubEvent event) {
        Optional<String> defaultBranch = event.defaultBranch();
        Optional<String> ref = event.pushedRef();
        if (defaultBranch.isEmpty() || ref.isEmpty()) {
            return new StepChoice(ActionStep.PLAN, "the push event names no default branch or ref, so it only plans");
        }
        if (!ref.get().equals("refs/heads/" + defaultBranch.get())) {
            return new StepChoice(ActionStep.PLAN, "a push to " + ref.get() + " plans; only pushes to the default "
                    + "branch " + defaultBranch.get() + " apply");
        }
        return applyUnlessDryRun(inputs, "a push to the default branch " + defaultBranch.get() + " applies");
    }

    private static StepChoice applyUnlessDryRun(ActionInputs inputs, String reason) {
        if (inputs.dryRun()) {
            return new StepChoice(ActionStep.PLAN, reason + ", but dry-run is true, so it only plans");
        }
        return new StepChoice(ActionStep.APPLY, reason);
    }
}
