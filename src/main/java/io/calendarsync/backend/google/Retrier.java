package io.calendarsync.backend.google;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs single Calendar API calls (list, get) with the retries of a {@link RetryPolicy}. */
final class Retrier {

    private static final Logger LOG = LoggerFactory.getLogger(Retrier.class);

    /** One HTTP call that may throw the client library's IOException. */
    @FunctionalInterface
    interface Call<T> {
        T execute() throws IOException;
    }

    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final RandomGenerator random;
    private final Clock clock;

    Retrier(RetryPolicy policy, Sleeper sleeper, RandomGenerator random, Clock clock) {
        this.policy = policy;
        this.sleeper = sleeper;
        this.random = random;
        this.clock = clock;
    }

    RetryPolicy policy() {
        return policy;
    }

    Sleeper sleeper() {
        return sleeper;
    }

    RandomGenerator random() {
        return random;
    }

    Clock clock() {
        return clock;
    }

    /** Executes {@code call}, retrying failures that can pass; raises {@link GoogleCallException} otherwise. */
    <T> T call(String what, Call<T> call) {
        Instant deadline = clock.instant().plus(policy.maxTotal());
        for (int attempt = 1; ; attempt++) {
            GoogleFailure failure;
            try {
                return call.execute();
            } catch (IOException e) {
                failure = GoogleFailure.of(e);
            }
            if (!failure.retriable() || attempt >= policy.maxAttempts()) {
                throw new GoogleCallException(failure, attempt);
            }
            Duration delay = policy.delayAfter(attempt, failure.retryAfter(), random);
            if (clock.instant().plus(delay).isAfter(deadline)) {
                throw new GoogleCallException(failure, attempt);
            }
            LOG.warn("{} failed ({}); retrying in {} ms (try {} of {})",
                    what, failure.describe(), delay.toMillis(), attempt + 1, policy.maxAttempts());
            pause(delay);
        }
    }

    void pause(Duration delay) {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GoogleCallException(GoogleFailure.of(new InterruptedIOException("interrupted while waiting to retry")), 0);
        }
    }
}
