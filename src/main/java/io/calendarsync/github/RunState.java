package io.calendarsync.github;

import io.calendarsync.backend.ApplyResult;
import io.calendarsync.plan.Plan;
import io.calendarsync.validate.ValidationResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The findings of a run so far. Every field starts empty and is set by the step that learns it. */
final class RunState {
    final ActionInputs inputs;
    final ActionContext context;
    final GitHubEvent event;
    final List<String> notes = new ArrayList<>();
    Optional<ValidationResult> validation = Optional.empty();
    Optional<Baseline> baseline = Optional.empty();
    Optional<Plan> plan = Optional.empty();
    Optional<String> planMarkdown = Optional.empty();
    Optional<String> planJson = Optional.empty();
    Optional<ApplyResult> applied = Optional.empty();

    RunState(ActionInputs inputs, ActionContext context, GitHubEvent event) {
        this.inputs = inputs;
        this.context = context;
        this.event = event;
    }

    RunReport toReport() {
        Optional<RunReport.CommitLink> commit = context.commitUrl(context.sha())
                .map(url -> new RunReport.CommitLink(context.sha(), url, event.headSha()));
        return new RunReport(inputs.calendarFile(),
                validation.isPresent(),
                validation.map(v -> v.meetings().size()).orElse(0),
                validation.map(ValidationResult::problems).orElse(List.of()),
                validation.map(ValidationResult::errorCount).orElse(0),
                validation.map(ValidationResult::warningCount).orElse(0),
                baseline.map(Baseline::description),
                planMarkdown,
                notes,
                commit,
                context.runUrl());
    }

    /** Returns the step outputs; a value the run did not get to is empty. */
    Map<String, String> outputs() {
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put("valid", validation.map(v -> Boolean.toString(v.valid())).orElse(""));
        outputs.put("has-changes", plan.map(p -> Boolean.toString(p.hasChanges())).orElse(""));
        outputs.put("created", applied.map(a -> (long) a.created()).or(() -> plan.map(Plan::created))
                .map(String::valueOf).orElse(""));
        outputs.put("updated", applied.map(a -> (long) a.updated()).or(() -> plan.map(Plan::updated))
                .map(String::valueOf).orElse(""));
        outputs.put("removed", applied.map(a -> (long) a.removed()).or(() -> plan.map(Plan::removed))
                .map(String::valueOf).orElse(""));
        outputs.put("plan-json", planJson.orElse(""));
        return outputs;
    }
}
