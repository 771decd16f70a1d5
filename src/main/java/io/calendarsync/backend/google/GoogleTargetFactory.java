package io.calendarsync.backend.google;

import com.google.api.client.http.HttpRequestInitializer;
import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.calendar.Calendar;
import com.google.auth.http.HttpCredentialsAdapter;
import io.calendarsync.model.CalendarSyncException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Builds {@link GoogleTarget}s. Everything a run depends on (environment, clock, standard input, HTTP
 * transport, retry bounds and the sleeper) is passed in, so tests run the real flows against an emulator.
 */
public final class GoogleTargetFactory {

    /** The prefix of a Google target in {@code --target}, as in {@code google:team@example.org}. */
    public static final String TARGET_PREFIX = "google:";

    private static final int CONNECT_TIMEOUT_MS = 20_000;
    private static final int READ_TIMEOUT_MS = 60_000;

    private final Map<String, String> env;
    private final Clock clock;
    private InputStream stdin = InputStream.nullInputStream();
    private HttpTransport transport;
    private RetryPolicy retryPolicy = RetryPolicy.standard();
    private Sleeper sleeper = Sleeper.real();
    // SplittableRandom lives in java.base; RandomGenerator.getDefault() needs the jdk.random module, which
    // jdeps does not report, so the jlinked runtime of the container lacked it.
    private RandomGenerator random = new SplittableRandom();

    public GoogleTargetFactory(Map<String, String> env, Clock clock) {
        this.env = Map.copyOf(env);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Sets where {@code --credentials -} reads from, an empty stream by default. */
    public GoogleTargetFactory withStdin(InputStream input) {
        this.stdin = input;
        return this;
    }

    public GoogleTargetFactory withTransport(HttpTransport httpTransport) {
        this.transport = httpTransport;
        return this;
    }

    public GoogleTargetFactory withRetryPolicy(RetryPolicy policy) {
        this.retryPolicy = policy;
        return this;
    }

    public GoogleTargetFactory withSleeper(Sleeper waiter) {
        this.sleeper = waiter;
        return this;
    }

    public GoogleTargetFactory withRandom(RandomGenerator generator) {
        this.random = generator;
        return this;
    }

    /** Returns whether a {@code --target} value names a Google calendar. */
    public static boolean handles(String target) {
        return target.startsWith(TARGET_PREFIX);
    }

    /** Returns the calendar ID of a {@code google:CALENDAR_ID} target value. */
    public static String calendarIdOf(String target) {
        if (!handles(target) || target.length() == TARGET_PREFIX.length() || target.substring(TARGET_PREFIX.length()).isBlank()) {
            throw CalendarSyncException.usage("--target '" + target + "' names no calendar; write google:CALENDAR_ID, "
                    + "for example google:team@group.calendar.google.com");
        }
        return target.substring(TARGET_PREFIX.length()).strip();
    }

    /** Resolves credentials and builds the target; raises USAGE or TARGET errors for bad settings. */
    public GoogleTarget create(String calendarId, GoogleOptions options) {
        if (calendarId == null || calendarId.isBlank()) {
            throw CalendarSyncException.usage("the Google calendar ID is empty; write --target google:CALENDAR_ID");
        }
        HttpTransport http = transport != null ? transport : new NetHttpTransport();
        ResolvedCredentials credentials = new CredentialsResolver(env, stdin, () -> http).resolve(options);

        HttpRequestInitializer authorization = authorization(credentials);
        HttpRequestInitializer initializer = request -> {
            authorization.initialize(request);
            request.setConnectTimeout(CONNECT_TIMEOUT_MS);
            request.setReadTimeout(READ_TIMEOUT_MS);
        };
        Calendar.Builder builder = new Calendar.Builder(http, GsonFactory.getDefaultInstance(), initializer)
                .setApplicationName("calendar-sync");
        options.apiRootUrl().map(GoogleTargetFactory::rootUrl).ifPresent(builder::setRootUrl);

        Retrier retrier = new Retrier(retryPolicy, sleeper, random, clock);
        return new GoogleTarget(calendarId.strip(), builder.build(), credentials, options.sendUpdates(), retrier);
    }

    /**
     * Returns the initializer that signs requests. A bare access token gets a plain header because
     * HttpCredentialsAdapter handles a 401 by refreshing, which a token without a refresh source cannot do
     * (it throws IllegalStateException), and calendar-sync should report the 401 itself.
     */
    private static HttpRequestInitializer authorization(ResolvedCredentials credentials) {
        if (credentials.type().equals("access_token")) {
            String header = "Bearer " + credentials.credentials().getAccessToken().getTokenValue();
            return request -> request.getHeaders().setAuthorization(header);
        }
        return new HttpCredentialsAdapter(credentials.credentials());
    }

    /** Checks an API root URL and gives it the trailing slash the client library expects. */
    private static String rootUrl(String url) {
        try {
            URI uri = new URI(url.strip());
            if (uri.getScheme() == null || uri.getHost() == null
                    || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                throw CalendarSyncException.usage("--google-api-url '" + url + "' is not an http(s) URL; write for "
                        + "example http://localhost:8080/");
            }
        } catch (URISyntaxException e) {
            throw CalendarSyncException.usage("--google-api-url '" + url + "' is not a valid URL: " + e.getReason());
        }
        String trimmed = url.strip();
        return trimmed.endsWith("/") ? trimmed : trimmed + "/";
    }
}
