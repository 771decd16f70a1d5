package io.calendarsync.validate;

import static io.calendarsync.validate.Fixtures.assertError;
import static io.calendarsync.validate.Fixtures.meeting;
import static io.calendarsync.validate.Fixtures.onlyProblem;
import static io.calendarsync.validate.Fixtures.validate;
import static io.calendarsync.validate.Fixtures.valueColumn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.calendarsync.model.CalendarSyncException;
import io.calendarsync.model.Problem;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ZoneRulesTest {

    private static final int ZONE_COLUMN = valueColumn("timezone");

    @Test
    void missingTimezoneUsesDefault() {
        ValidationResult result = validate(meeting());

        assertEquals(ZoneId.of("America/Los_Angeles"), result.meetings().get(0).zone());
    }

    @Test
    void defaultZoneComesFromOptions() {
        ValidationOptions options = new ValidationOptions(ZoneId.of("Europe/Berlin"), Fixtures.OPTIONS.now());

        ValidationResult result = new CalendarValidator(options).validate("calendar.yaml", meeting());

        assertEquals(ZoneId.of("Europe/Berlin"), result.meetings().get(0).zone());
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTC", "Etc/UTC", "GMT", "Europe/Madrid", "America/Argentina/Buenos_Aires",
        "Etc/GMT-3", "US/Pacific"})
    void ianaNamesAreAccepted(String zone) {
        ValidationResult result = validate(meeting("timezone: " + zone));

        assertTrue(result.valid(), () -> Fixtures.formatted(result));
        assertEquals(zone, result.meetings().get(0).zone().getId());
    }

    @ParameterizedTest
    @CsvSource({
        "PST, America/Los_Angeles",
        "EST, America/New_York",
        "CET, Europe/Berlin",
        "MST, America/Denver",
        "HST, Pacific/Honolulu",
        "ist, Asia/Kolkata",
        "EST5EDT, America/New_York"})
    void abbreviationsSuggestZone(String abbreviation, String zone) {
        Problem problem = onlyProblem(validate(meeting("timezone: " + abbreviation)));

        assertError(problem, 5, ZONE_COLUMN, "kf100", "timezone", "is an abbreviation, not an IANA time zone name",
                "write timezone: " + zone);
    }

    @Test
    void offsetSuggestsZonesWithThatOffset() {
        Problem problem = onlyProblem(validate(meeting("timezone: UTC+03:00")));

        assertError(problem, 5, ZONE_COLUMN, "kf100", "timezone", "'UTC+03:00' is a fixed UTC offset",
                "Europe/Athens, Africa/Cairo or Europe/Helsinki (at UTC+03:00 today)");
        assertTrue(problem.fix().contains("Etc/GMT-3, whose sign is inverted"), problem::format);
    }

    @Test
    void bareOffsetIsAnError() {
        Problem problem = onlyProblem(validate(meeting("timezone: \"-05:00\"")));

        assertError(problem, 5, ZONE_COLUMN, "kf100", "timezone", "is a fixed UTC offset",
                "America/Chicago or America/Bogota (at UTC-05:00 today)");
    }

    @ParameterizedTest
    @CsvSource({
        "Pacific Standard Time, America/Los_Angeles",
        "W. Europe Standard Time, Europe/Berlin",
        "India Standard Time, Asia/Kolkata",
        "Pacific Daylight Time, America/Los_Angeles"})
    void windowsNamesSuggestZone(String windowsName, String zone) {
        Problem problem = onlyProblem(validate(meeting("timezone: " + windowsName)));

        assertError(problem, 5, ZONE_COLUMN, "kf100", "timezone", "is a Windows time zone name",
                "write timezone: " + zone);
    }

    @Test
    void unknownWindowsNameIsRecognized() {
        Problem problem = onlyProblem(validate(meeting("timezone: Mars Standard Time")));

        assertError(problem, 5, ZONE_COLUMN, "kf100", "timezone", "looks like a Windows time zone name",
                "IANA name");
    }

    @Test
    void wrongCaseSuggestsExactName() {
        Problem problem = onlyProblem(validate(meeting("timezone: america/los angeles")));

        assertError(problem, 5, ZONE_COLUMN, "kf100", "timezone", "case-sensitive",
                "write timezone: America/Los_Angeles");
    }

    @Test
    void cityAloneSuggestsFullName() {
        Problem problem = onlyProblem(validate(meeting("timezone: Tokyo")));

        assertError(problem, 5, ZONE_COLUMN, "kf100", "timezone", "is a city", "write timezone: Asia/Tokyo");
    }

    @Test
    void oldAliasSuggestsAreaName() {
        Problem problem = onlyProblem(validate(meeting("timezone: Singapore")));

        assertError(problem, 5, ZONE_COLUMN, "kf100", "timezone", "old alias", "write timezone: Asia/Singapore");
    }

    @Test
    void misspeltZoneGetsDidYouMean() {
        Problem problem = onlyProblem(validate(meeting("timezone: Europe/Berln")));

        assertError(problem, 5, ZONE_COLUMN, "kf100", "timezone", "unknown time zone 'Europe/Berln'",
                "did you mean Europe/Berlin?");
    }

    @Test
    void unknownZoneListsExamples() {
        Problem problem = onlyProblem(validate(meeting("timezone: Narnia/Cair_Paravel")));

        assertError(problem, 5, ZONE_COLUMN, "kf100", "timezone", "unknown time zone", "America/Los_Angeles");
    }

    @Test
    void everySuggestedZoneIsAccepted() {
        for (ZoneAliases.Suggestion suggestion : ZoneAliases.abbreviations().values()) {
            assertTrue(ZoneNames.lookup(suggestion.zone(), Instant.EPOCH).zone().isPresent(), suggestion.zone());
        }
        for (String zone : ZoneAliases.windowsNames().values()) {
            assertTrue(ZoneNames.lookup(zone, Instant.EPOCH).zone().isPresent(), zone);
        }
        for (String zone : ZoneAliases.WELL_KNOWN) {
            assertTrue(ZoneNames.lookup(zone, Instant.EPOCH).zone().isPresent(), zone);
        }
    }

    @Test
    void optionAcceptsIanaName() {
        assertEquals(ZoneId.of("Europe/Paris"), ZoneNames.parseOption("--default-timezone", "Europe/Paris",
                Instant.EPOCH));
    }

    @Test
    void optionRejectsAbbreviationAsUsageError() {
        CalendarSyncException error = assertThrows(CalendarSyncException.class,
                () -> ZoneNames.parseOption("--default-timezone", "PST", Instant.EPOCH));

        assertEquals(CalendarSyncException.Kind.USAGE, error.kind());
        assertTrue(error.getMessage().startsWith("--default-timezone: 'PST' is an abbreviation"), error.getMessage());
        assertTrue(error.getMessage().contains("use America/Los_Angeles"), error.getMessage());
    }
}
