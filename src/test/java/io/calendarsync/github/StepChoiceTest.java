package io.calendarsync.github;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonParser;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StepChoiceTest {

    private static final String PUSH_PAYLOAD = "{\"ref\": \"%s\", \"after\": \"abc\", "
            + "\"repository\": {\"default_branch\": \"main\"}}";

    private static GitHubEvent event(String name, String payload) {
        return new GitHubEvent(name, JsonParser.parseString(payload).getAsJsonObject());
    }

    private static ActionInputs inputs(String... pairs) {
        Map<String, String> env = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(ActionInputs.variable(pairs[i]), pairs[i + 1]);
        }
        return ActionInputs.from(env);
    }

    private static ActionStep step(ActionInputs inputs, GitHubEvent event) {
        return StepChoice.of(inputs, event).step();
    }

    @Test
    void pullRequestsNeverApply() {
        GitHubEvent pullRequest = event("pull_request", "{}");
        GitHubEvent target = event("pull_request_target", "{}");

        assertEquals(ActionStep.PLAN, step(inputs(), pullRequest));
        assertEquals(ActionStep.PLAN, step(inputs("mode", "apply"), pullRequest));
        assertEquals(ActionStep.PLAN, step(inputs("mode", "apply"), target));
        assertEquals(ActionStep.VALIDATE, step(inputs("mode", "validate"), pullRequest));
    }

    @Test
    void pushAppliesOnlyOnDefaultBranch() {
        assertEquals(ActionStep.APPLY, step(inputs(), event("push", PUSH_PAYLOAD.formatted("refs/heads/main"))));
        assertEquals(ActionStep.PLAN, step(inputs(), event("push", PUSH_PAYLOAD.formatted("refs/heads/feature"))));
        assertEquals(ActionStep.PLAN, step(inputs(), event("push", PUSH_PAYLOAD.formatted("refs/tags/main"))));
        assertEquals(ActionStep.PLAN, step(inputs(), event("push", "{\"ref\": \"refs/heads/main\"}")));
        assertEquals(ActionStep.PLAN,
                step(inputs("dry-run", "true"), event("push", PUSH_PAYLOAD.formatted("refs/heads/main"))));
    }

    @Test
    void manualAndScheduledRunsApplyUnlessDryRun() {
        assertEquals(ActionStep.APPLY, step(inputs(), event("workflow_dispatch", "{}")));
        assertEquals(ActionStep.PLAN, step(inputs("dry-run", "true"), event("workflow_dispatch", "{}")));
        assertEquals(ActionStep.APPLY, step(inputs(), event("schedule", "{}")));
    }

    @Test
    void otherEventsOnlyValidate() {
        assertEquals(ActionStep.VALIDATE, step(inputs(), event("", "{}")));
        assertEquals(ActionStep.VALIDATE, step(inputs(), event("issue_comment", "{}")));
        assertEquals(ActionStep.PLAN, step(inputs("mode", "plan"), event("issue_comment", "{}")));
    }

    @Test
    void reasonSaysWhyNothingIsApplied() {
        StepChoice choice = StepChoice.of(inputs("mode", "apply"), event("pull_request", "{}"));

        assertEquals("a pull_request event never writes to the calendar, so mode apply only plans", choice.reason());
    }
}
