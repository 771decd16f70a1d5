package io.calendarsync.emulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * The faults and latency the emulator injects. Rules aim at HTTP requests (a direct API call or a whole
 * batch) or at single API calls (a direct call or one part of a batch), matched by {@code METHOD /path}.
 * The token endpoint is never hit by random faults.
 */
public final class Faults {

    /** Where a fault rule applies. */
    public enum Scope {
        REQUEST, CALL
    }

    private record Rule(Scope scope, Fault fault, Pattern target, int[] remaining) {
    }

    private final List<Rule> rules = new ArrayList<>();
    private Duration latency = Duration.ZERO;
    private double randomRate;
    private Random random = new Random(0);
    private int retryAfterSeconds = 1;

    /** Delays every HTTP request, the token endpoint included, by {@code delay}. */
    public synchronized Faults latency(Duration delay) {
        latency = delay;
        return this;
    }

    public synchronized Duration latency() {
        return latency;
    }

    /** Fails the next {@code times} HTTP requests whose {@code METHOD /path} matches {@code regex}. */
    public synchronized Faults onRequests(Fault fault, int times, String regex) {
        rules.add(new Rule(Scope.REQUEST, fault, Pattern.compile(regex), new int[] {times}));
        return this;
    }

    /** Fails the next {@code times} API calls (batch parts included) whose {@code METHOD /path} matches. */
    public synchronized Faults onCalls(Fault fault, int times, String regex) {
        if (fault.dropsConnection()) {
            throw new IllegalArgumentException(fault + " hits whole requests; use onRequests");
        }
        rules.add(new Rule(Scope.CALL, fault, Pattern.compile(regex), new int[] {times}));
        return this;
    }

    /**
     * Fails a share {@code rate} of API requests and of batch parts with faults drawn from every kind, from a
     * seeded generator so a failing run can be repeated.
     */
    public synchronized Faults random(double rate, long seed) {
        randomRate = rate;
        random = new Random(seed);
        return this;
    }

    /** The seconds sent in {@code Retry-After} with 429 answers. */
    public synchronized Faults retryAfterSeconds(int seconds) {
        retryAfterSeconds = seconds;
        return this;
    }

    public synchronized int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public synchronized void clear() {
        rules.clear();
        randomRate = 0;
        latency = Duration.ZERO;
    }

    /** The fault for an HTTP request, if any; random faults hit API requests only. */
    synchronized Optional<Fault> forRequest(String method, String path, boolean api) {
        Optional<Fault> ruled = take(Scope.REQUEST, method + " " + path);
        if (ruled.isPresent() || !api || randomRate <= 0) {
            return ruled;
        }
        if (random.nextDouble() < randomRate) {
            Fault[] all = Fault.values();
            return Optional.of(all[random.nextInt(all.length)]);
        }
        return Optional.empty();
    }

    /** The fault for one API call; random faults hit batch parts only, as direct calls had their draw. */
    synchronized Optional<Fault> forCall(String method, String path, boolean batchPart) {
        Optional<Fault> ruled = take(Scope.CALL, method + " " + path);
        if (ruled.isPresent() || !batchPart || randomRate <= 0) {
            return ruled;
        }
        if (random.nextDouble() < randomRate) {
            List<Fault> statuses = List.of(Fault.TOO_MANY_REQUESTS, Fault.INTERNAL_ERROR, Fault.UNAVAILABLE,
                    Fault.RATE_LIMIT_403, Fault.USER_RATE_LIMIT_403);
            return Optional.of(statuses.get(random.nextInt(statuses.size())));
        }
        return Optional.empty();
    }

    private Optional<Fault> take(Scope scope, String target) {
        for (Rule rule : rules) {
            if (rule.scope() == scope && rule.remaining()[0] > 0 && rule.target().matcher(target).matches()) {
                rule.remaining()[0]--;
                return Optional.of(rule.fault());
            }
        }
        return Optional.empty();
    }
}
