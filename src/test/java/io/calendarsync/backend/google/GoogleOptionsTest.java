package io.calendarsync.backend.google;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.calendarsync.model.CalendarSyncException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.junit.jupiter.api.Test;

class GoogleOptionsTest {

    private static CommandLine parse(String... args) throws ParseException {
        Options options = new Options();
        GoogleOptions.addTo(options);
        return new DefaultParser().parse(options, args);
    }

    @Test
    void readsEveryOption() throws ParseException {
        GoogleOptions options = GoogleOptions.from(parse("--credentials", "bot.json", "--delegated-user", "a@example.org",
                "--send-updates", "external-only", "--google-api-url", "http://127.0.0.1:9/"), Map.of());

        assertEquals(Optional.of("bot.json"), options.credentials());
        assertEquals(Optional.of("a@example.org"), options.delegatedUser());
        assertEquals(SendUpdates.EXTERNAL_ONLY, options.sendUpdates());
        assertEquals(Optional.of("http://127.0.0.1:9/"), options.apiRootUrl());
    }

    @Test
    void defaultsAndEnvironmentUrl() throws ParseException {
        GoogleOptions options = GoogleOptions.from(parse(), Map.of(GoogleOptions.API_URL_ENV, "http://proxy.example.org"));

        assertEquals(SendUpdates.NONE, options.sendUpdates());
        assertEquals(Optional.empty(), options.credentials());
        assertEquals(Optional.of("http://proxy.example.org"), options.apiRootUrl());
    }

    @Test
    void optionUrlWinsOverEnvironment() throws ParseException {
        GoogleOptions options = GoogleOptions.from(parse("--google-api-url", "http://a.example.org/"),
                Map.of(GoogleOptions.API_URL_ENV, "http://b.example.org/"));

        assertEquals(Optional.of("http://a.example.org/"), options.apiRootUrl());
    }

    @Test
    void invalidApiUrlIsUsageError() {
        GoogleOptions options = new GoogleOptions(Optional.empty(), Optional.of("ya29.x"), Optional.empty(),
                SendUpdates.NONE, Optional.of("ftp://example.org"));

        CalendarSyncException error = assertThrows(CalendarSyncException.class,
                () -> new GoogleTargetFactory(Map.of(), Clock.systemUTC()).create("team@example.org", options));

        assertEquals(CalendarSyncException.Kind.USAGE, error.kind());
        assertTrue(error.getMessage().contains("is not an http(s) URL"), error.getMessage());
    }

    @Test
    void targetValueNamesCalendar() {
        assertEquals("team@example.org", GoogleTargetFactory.calendarIdOf("google:team@example.org"));
        assertTrue(GoogleTargetFactory.handles("google:x"));
        assertEquals(CalendarSyncException.Kind.USAGE,
                assertThrows(CalendarSyncException.class, () -> GoogleTargetFactory.calendarIdOf("google:")).kind());
    }
}
