package io.calendarsync.github;

/** A comment on an issue or pull request: its id, Markdown body, author and web address. */
public record IssueComment(long id, String body, GitHubIdentity author, String htmlUrl) {

    public IssueComment {
        body = body == null ? "" : body;
        htmlUrl = htmlUrl == null ? "" : htmlUrl;
    }
}
