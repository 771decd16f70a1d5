package io.calendarsync.backend.google;

import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Bounds of retries: at most {@code maxAttempts} tries of a call, and no retry that would end after
 * {@code maxTotal} from the first try. Delays grow exponentially from {@code initialDelay} to
 * {@code maxDelay}, with full jitter over the upper half, and a {@code Retry-After} from the server is a
 * lower bound.
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay, Duration maxTotal) {

    /** Bounds for real runs: 6 tries within 2 minutes, delays of 1 to 32 seconds. */
    public static RetryPolicy standard() {
        return new RetryPolicy(6, Duration.ofSeconds(1), Duration.ofSeconds(32), Duration.ofMinutes(2));
    }

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
    }

    /** The delay before try {@code attempt + 1}, after {@code attempt} failed tries (1 or more). */
    Duration delayAfter(int attempt, Optional<Duration> retryAfter, RandomGenerator random) {
        long ceiling = initialDelay.toMillis() << Math.min(attempt - 1, 20);
        long capped = Math.min(ceiling, maxDelay.toMillis());
        long jittered = capped / 2 + (capped <= 1 ? 0 : random.nextLong(capped - capped / 2 + 1));
        Duration delay = Duration.ofMillis(jittered);
        return retryAfter.filter(after -> after.compareTo(delay) > 0).orElse(delay);
    }
}
