package io.calendarsync.backend.google;

/** A Calendar API call that failed for good, after the retries its failure allowed. */
final class GoogleCallException extends RuntimeException {

    private final transient GoogleFailure failure;
    private final int attempts;

    GoogleCallException(GoogleFailure failure, int attempts) {
        super(failure.describe());
        this.failure = failure;
        this.attempts = attempts;
    }

    GoogleFailure failure() {
        return failure;
    }

    int attempts() {
        return attempts;
    }
}
