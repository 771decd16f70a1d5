package io.calendarsync.backend.google;

import com.google.gson.JsonObject;
import io.calendarsync.emulator.CalendarEmulator;
import io.calendarsync.emulator.EmulatedCalendar;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A Calendar API emulator with one shared calendar and a bot account that owns it, plus the settings a
 * test needs to build a {@link GoogleTarget} against it with real credentials.
 */
final class GoogleFixture implements AutoCloseable {

    static final String CALENDAR_ID = "community@group.calendar.google.com";
    static final String BOT = "bot@example.org";
    static final String CLIENT_ID = "123-emulated.apps.googleusercontent.com";
    /** A canary: tests check that it never appears in any output. */
    static final String CLIENT_SECRET = "GOCSPX-canary-7f3a9c1e5b";

    final CalendarEmulator emulator = CalendarEmulator.start();
    final EmulatedCalendar calendar;
    final String refreshToken;
    final List<Duration> sleeps = new ArrayList<>();

    GoogleFixture() {
        this(ZoneId.of("Europe/Berlin"));
    }

    /** {@code calendarZone} differs from the events' zones on purpose: offsets then differ from the event's. */
    GoogleFixture(ZoneId calendarZone) {
        calendar = emulator.addCalendar(CALENDAR_ID, calendarZone).share(BOT, "owner");
        emulator.registerClient(CLIENT_ID, CLIENT_SECRET);
        refreshToken = emulator.issueRefreshToken(CLIENT_ID, BOT);
    }

    String authorizedUserJson(String token) {
        JsonObject json = new JsonObject();
        json.addProperty("type", "authorized_user");
        json.addProperty("client_id", CLIENT_ID);
        json.addProperty("client_secret", CLIENT_SECRET);
        json.addProperty("refresh_token", token);
        json.addProperty("token_uri", emulator.tokenUri());
        return json.toString();
    }

    Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put(CredentialsResolver.CREDENTIALS_ENV, authorizedUserJson(refreshToken));
        return env;
    }

    GoogleOptions options() {
        return new GoogleOptions(Optional.empty(), Optional.empty(), Optional.empty(), SendUpdates.NONE,
                Optional.of(emulator.rootUrl()));
    }

    GoogleTargetFactory factory(Map<String, String> env) {
        return new GoogleTargetFactory(env, Clock.systemUTC())
                .withRetryPolicy(new RetryPolicy(6, Duration.ofMillis(100), Duration.ofSeconds(2), Duration.ofMinutes(5)))
                .withSleeper(sleeps::add)
                .withRandom(new SplittableRandom(7));
    }

    GoogleTarget target() {
        return factory(env()).create(CALENDAR_ID, options());
    }

    @Override
    public void close() {
        emulator.close();
    }
}
