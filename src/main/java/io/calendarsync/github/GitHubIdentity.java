package io.calendarsync.github;

/**
 * A GitHub account as the REST API shows it on a comment: its login and its type ({@code User} or
 * {@code Bot}). The default {@code GITHUB_TOKEN} comments as {@link #ACTIONS_BOT}.
 */
public record GitHubIdentity(String login, String type) {

    /** The account behind the default GITHUB_TOKEN of a workflow run. */
    public static final GitHubIdentity ACTIONS_BOT = new GitHubIdentity("github-actions[bot]", "Bot");

    public GitHubIdentity {
        login = login == null ? "" : login;
        type = type == null ? "" : type;
    }
}
