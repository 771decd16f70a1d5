package io.calendarsync.github;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one comment the action keeps on a pull request for a calendar file, found again by its hidden marker
 * and edited in place on every run. Only a comment that starts with the marker and was written by the
 * token's own account counts, so a comment by someone else that quotes the marker is never edited.
 */
public final class StickyComment {

    private static final Logger LOG = LoggerFactory.getLogger(StickyComment.class);

    /** The outcome of {@link #publish}. */
    public enum Action {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    public record Outcome(Action action, IssueComment comment) {
    }

    private final GitHubApi api;
    private final RepositoryName repository;
    private final long pullRequest;

    public StickyComment(GitHubApi api, RepositoryName repository, long pullRequest) {
        this.api = api;
        this.repository = repository;
        this.pullRequest = pullRequest;
    }

    /** Creates the comment, or edits the existing one when its body differs from {@code body}. */
    public Outcome publish(String marker, String body) throws GitHubApiException {
        GitHubIdentity self = ownIdentity();
        List<IssueComment> comments = api.issueComments(repository, pullRequest);
        Optional<IssueComment> existing = comments.stream()
                .filter(comment -> comment.body().startsWith(marker))
                .filter(comment -> sameAccount(comment.author(), self))
                .findFirst();

        if (existing.isEmpty()) {
            IssueComment created = api.createIssueComment(repository, pullRequest, body);
            LOG.info("Created comment {} on pull request #{} of {}", created.id(), pullRequest, repository);
            return new Outcome(Action.CREATED, created);
        }
        if (existing.get().body().equals(body)) {
            LOG.info("Comment {} on pull request #{} is up to date", existing.get().id(), pullRequest);
            return new Outcome(Action.UNCHANGED, existing.get());
        }
        IssueComment updated = api.updateIssueComment(repository, existing.get().id(), body);
        LOG.info("Updated comment {} on pull request #{} of {}", updated.id(), pullRequest, repository);
        return new Outcome(Action.UPDATED, updated);
    }

    /**
     * Returns the account the token comments as. A personal access token may read {@code GET /user}. The
     * default GITHUB_TOKEN may not, and its comments are authored by github-actions[bot].
     */
    private GitHubIdentity ownIdentity() throws GitHubApiException {
        Optional<GitHubIdentity> user = api.authenticatedUser();
        GitHubIdentity self = user.orElse(GitHubIdentity.ACTIONS_BOT);
        LOG.info("Looking for the comment of {} ({})", self.login(), user.isPresent() ? "GET /user" : "the default GITHUB_TOKEN's bot");
        return self;
    }

    private static boolean sameAccount(GitHubIdentity author, GitHubIdentity self) {
        return author.login().equalsIgnoreCase(self.login()) && author.type().equals(self.type());
    }
}
