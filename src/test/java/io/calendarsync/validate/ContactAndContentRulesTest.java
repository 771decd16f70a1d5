package io.calendarsync.validate;

import static io.calendarsync.validate.Fixtures.assertError;
import static io.calendarsync.validate.Fixtures.meeting;
import static io.calendarsync.validate.Fixtures.onlyProblem;
import static io.calendarsync.validate.Fixtures.validate;
import static io.calendarsync.validate.Fixtures.valueColumn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.calendarsync.model.Meeting;
import io.calendarsync.model.Problem;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContactAndContentRulesTest {

    private static Meeting onlyMeeting(String yaml) {
        ValidationResult result = validate(yaml);
        assertTrue(result.valid(), () -> Fixtures.formatted(result));
        return result.meetings().get(0);
    }

    private static String withAttendees(String... emails) {
        StringBuilder yaml = new StringBuilder(meeting()).append("  attendees:\n");
        for (String email : emails) {
            yaml.append("    - email: ").append(email).append('\n');
        }
        return yaml.toString();
    }

    @Test
    void attendeesKeepFileOrder() {
        Meeting meeting = onlyMeeting(withAttendees("b@example.org", "A@Example.org"));

        assertEquals(List.of("b@example.org", "A@Example.org"), meeting.attendees());
    }

    @Test
    void emptyAttendeesAreNone() {
        Meeting meeting = onlyMeeting(meeting("attendees:"));

        assertTrue(meeting.attendees().isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "member5@example | the domain 'example' has no dot",
        "member5.example.org | it has no '@'",
        "a@b@example.org | has more than one '@'",
        "first..last@example.org | the part before '@' is empty",
        "'mailto:a@example.org' | starts with 'mailto:'",
        "'Ann <ann@example.org>' | includes a display name",
        "a@-example.org | is not a valid host name",
        "a@example.1 | is not a top-level domain"})
    void invalidEmailIsAnError(String email, String reason) {
        Problem problem = onlyProblem(validate(withAttendees(email)));

        assertError(problem, 6, 14, "kf100", "attendees", reason, "");
    }

    @Test
    void duplicateAttendeeIgnoresCase() {
        Problem problem = onlyProblem(validate(withAttendees("member@example.org", "Member@Example.org")));

        assertError(problem, 7, 14, "kf100", "attendees",
                "attendee 'Member@Example.org' is listed twice; the first is on line 6", "remove one of them");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://zoom.us/j/123?pwd=abc", "http://meet.example.com/abc-defg-hij"})
    void httpLinksBecomeVideo(String link) {
        Meeting meeting = onlyMeeting(meeting("video: " + link));

        assertEquals(Optional.of(link), meeting.video());
    }

    @Test
    void videoWithoutSchemeSuggestsHttps() {
        Problem problem = onlyProblem(validate(meeting("video: zoom.us/j/123")));

        assertError(problem, 5, valueColumn("video"), "kf100", "video", "has no http:// or https://",
                "write https://zoom.us/j/123");
    }

    @Test
    void schemeRelativeVideoSuggestsHttps() {
        Problem problem = onlyProblem(validate(meeting("video: //zoom.us/j/123")));

        assertEquals("write https://zoom.us/j/123", problem.fix());
    }

    @Test
    void nonAsciiVideoHostIsExplained() {
        Problem problem = onlyProblem(validate(meeting("video: https://zoöm.example/j/123")));

        assertError(problem, 5, valueColumn("video"), "kf100", "video",
                "the host name 'zoöm.example' is invalid: a link needs ASCII letters, digits and '-' between single dots",
                "write the host in its ASCII form: https://xn--zom-tna.example/j/123");
    }

    @Test
    void nonHttpVideoIsAnError() {
        Problem problem = onlyProblem(validate(meeting("video: zoommtg://zoom.us/join?confno=123")));

        assertError(problem, 5, valueColumn("video"), "kf100", "video", "must use http or https", "https://");
    }

    @Test
    void videoWithSpaceIsAnError() {
        Problem problem = onlyProblem(validate(meeting("video: https://zoom.us/j/1 pwd")));

        assertError(problem, 5, valueColumn("video"), "kf100", "video", "contains a space", "without spaces");
    }

    @Test
    void descriptionListIsJoinedByLineBreaks() {
        Meeting meeting = onlyMeeting(meeting() + """
                  description:
                    - |
                      Agenda: https://example.org/notes

                      Zoom: https://zoom.us/j/1
                    - Second item
                """);

        assertEquals("Agenda: https://example.org/notes\n\nZoom: https://zoom.us/j/1\nSecond item",
                meeting.description());
    }

    @Test
    void blockScalarLosesTrailingLineBreaks() {
        Meeting meeting = onlyMeeting(meeting() + """
                  description: |+
                    Notes


                """);

        assertEquals("Notes", meeting.description());
    }

    @Test
    void plainDescriptionIsKept() {
        Meeting meeting = onlyMeeting(meeting("description: 8:00"));

        assertEquals("8:00", meeting.description());
    }

    @Test
    void descriptionOverGoogleLimitIsAnError() {
        String words = "word ".repeat(1700);

        Problem problem = onlyProblem(validate(meeting("description: " + words.strip())));

        assertError(problem, 5, valueColumn("description"), "kf100", "description",
                "description has 8499 characters, more than the 8192 Google Calendar accepts", "shorten it");
    }

    @Test
    void descriptionAtGoogleLimitIsAccepted() {
        Meeting meeting = onlyMeeting(meeting("description: " + "a ".repeat(4096).strip() + "b"));

        assertEquals(8192, meeting.description().length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"octocat", "octo-cat", "a", "member4@example.org"})
    void organizerAcceptsGitHubNameOrEmail(String organizer) {
        Meeting meeting = onlyMeeting(meeting("organizer: " + organizer));

        assertEquals(Optional.of(organizer), meeting.organizer());
    }

    @Test
    void organizerWithAtSignSuggestsName() {
        Problem problem = onlyProblem(validate(meeting("organizer: \"@octocat\"")));

        assertError(problem, 5, valueColumn("organizer"), "kf100", "organizer", "starts with '@'",
                "without it: octocat");
    }

    @Test
    void organizerProfileLinkSuggestsName() {
        Problem problem = onlyProblem(validate(meeting("organizer: https://github.com/octocat")));

        assertError(problem, 5, valueColumn("organizer"), "kf100", "organizer", "is a link, not a user name",
                "user name only: octocat");
    }

    @ParameterizedTest
    @ValueSource(strings = {"octo cat", "-octocat", "octo--cat", "a234567890123456789012345678901234567890"})
    void invalidOrganizerIsAnError(String organizer) {
        Problem problem = onlyProblem(validate(meeting("organizer: " + organizer)));

        assertError(problem, 5, valueColumn("organizer"), "kf100", "organizer",
                "is neither a GitHub user name", "octocat");
    }

    @Test
    void invalidOrganizerEmailIsAnError() {
        Problem problem = onlyProblem(validate(meeting("organizer: someone@localhost")));

        assertError(problem, 5, valueColumn("organizer"), "kf100", "organizer", "has no dot", "example.org");
    }

    /**
     * YAML escapes in double quotes write control characters that raw YAML rejects. A calendar cannot store
     * them: the iCalendar file dropped some on reading, so plan after apply never said "No changes.", and
     * others, such as ESC, reached the terminal and the pull-request comment as they were.
     */
    @Test
    void controlCharacterInTextIsAnError() {
        record Case(String override, String field, int line, String code) {
        }
        List<Case> cases = List.of(
                new Case("name: \"Call\\e[31m red\"", "name", 2, "U+001B"),
                new Case("description: \"a\\0b\"", "description", 5, "U+0000"),
                new Case("description: [\"first\", \"lone\\rreturn\"]", "description", 5, "U+000D"),
                new Case("organizer: \"octo\\x07cat\"", "organizer", 5, "U+0007"),
                new Case("video: \"https://zoom.us/j/1\\x9b\"", "video", 5, "U+009B"),
                new Case("attendees: [{email: \"a\\vb@example.org\"}]", "attendees", 5, "U+000B"),
                new Case("frequency: weekly\n  skip: [{date: 07/22/2025, reason: \"break\\f\"}]", "skip", 6, "U+000C"));

        for (Case test : cases) {
            ValidationResult result = validate(meeting(test.override()));

            Problem problem = onlyProblem(result);
            assertError(problem, test.line(), problem.column(), "kf100", test.field(),
                    "contains the control character " + test.code(), "remove it");
            assertTrue(result.meetings().isEmpty(), test.override());
        }
    }

    @Test
    void tabAndLineBreakInTextAreKept() {
        Meeting meeting = onlyMeeting(meeting("name: \"Call\\tweekly\"", "description: \"first\\nsecond\""));

        assertEquals("Call\tweekly", meeting.name());
        assertEquals("first\nsecond", meeting.description());
    }
}
