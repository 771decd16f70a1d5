package io.calendarsync.github;

import java.net.http.HttpClient;
import java.util.OptionalLong;

/**
 * Posts or edits the pull-request comment. A comment that cannot be written is a warning, never a failure:
 * the step passes or fails on validation alone, as it must on a pull request from a fork, whose token is
 * read-only.
 */
final class CommentPublisher {

    private final HttpClient http;
    private final WorkflowCommands commands;

    CommentPublisher(HttpClient http, WorkflowCommands commands) {
        this.http = http;
        this.commands = commands;
    }

    void publish(RunReport report, ActionInputs inputs, GitHubEvent event, ActionContext context) {
        OptionalLong number = event.pullRequestNumber();
        if (number.isEmpty() || context.repository().isEmpty()) {
            commands.warning("No pull-request comment: the event names no pull request or GITHUB_REPOSITORY is "
                    + "not set. The result is in the job summary.");
            return;
        }
        if (inputs.githubToken().isEmpty()) {
            commands.warning("No pull-request comment: the github-token input is empty. The result is in the job "
                    + "summary.");
            return;
        }

        GitHubApi api = new GitHubApi(context.apiUrl(), inputs.githubToken(), http);
        StickyComment sticky = new StickyComment(api, context.repository().get(), number.getAsLong());
        try {
            sticky.publish(ReportMarkdown.marker(report.calendarFile()), ReportMarkdown.comment(report));
        } catch (GitHubApiException e) {
            String reason = e.permissionDenied()
                    ? "the token may not comment here (a pull request from a fork gets a read-only token; give the "
                            + "workflow permissions: pull-requests: write otherwise)"
                    : e.getMessage();
            commands.warning("No pull-request comment: " + reason + ". The result is in the job summary.");
        }
    }
}
