package io.calendarsync.github;

/**
 * A GitHub REST request that failed: the request, the HTTP status (0 when no response came) and GitHub's
 * message. The message never contains the token.
 */
public class GitHubApiException extends Exception {

    private final int status;

    public GitHubApiException(String request, int status, String reason) {
        super(request + " failed" + (status > 0 ? " with HTTP " + status : "") + ": " + reason);
        this.status = status;
    }

    public GitHubApiException(String request, String reason, Throwable cause) {
        super(request + " failed: " + reason, cause);
        this.status = 0;
    }

    public int status() {
        return status;
    }

    /** Returns whether the token lacks the permission, as the read-only token of a fork's pull request does. */
    public boolean permissionDenied() {
        return status == 401 || status == 403;
    }
}
