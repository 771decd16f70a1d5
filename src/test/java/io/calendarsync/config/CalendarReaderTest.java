package io.calendarsync.config;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.calendarsync.model.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarReaderTest {

    private ProblemList problems;

    private CalendarSpec read(String yaml) {
        problems = new ProblemList("calendar.yaml");
        return new CalendarReader(problems).read(yaml);
    }

    private Problem onlyProblem() {
        List<Problem> list = problems.sorted();
        assertEquals(1, list.size(), () -> list.stream().map(Problem::format).toList().toString());
        return list.get(0);
    }

    private static void assertAt(Problem problem, int line, int column) {
        assertAll(problem.format(),
                () -> assertEquals(line, problem.line(), "line"),
                () -> assertEquals(column, problem.column(), "column"));
    }

    @Test
    void commentOnlyFileHasNoMeetings() {
        CalendarSpec calendar = read("# nothing here yet\n# still nothing\n");

        assertTrue(calendar.meetings().isEmpty());
        assertTrue(problems.sorted().isEmpty());
    }

    @Test
    void emptyFileHasNoMeetings() {
        CalendarSpec calendar = read("");

        assertTrue(calendar.meetings().isEmpty());
        assertTrue(problems.sorted().isEmpty());
    }

    @Test
    void documentMarkerAloneHasNoMeetings() {
        CalendarSpec calendar = read("---\n");

        assertTrue(calendar.meetings().isEmpty());
        assertTrue(problems.sorted().isEmpty());
    }

    @Test
    void leadingDocumentMarkerIsAllowed() {
        CalendarSpec calendar = read("---\n- id: kf100\n  name: A\n");

        assertEquals(1, calendar.meetings().size());
        assertTrue(problems.sorted().isEmpty());
    }

    @Test
    void valuesKeepTheirLocations() {
        CalendarSpec calendar = read("""
                # header
                - id: kf100
                  name:   Spaced
                  date: "07/15/2025"
                """);

        MeetingSpec meeting = calendar.meetings().get(0);
        assertEquals(new SourceLocation(2, 3), meeting.location());
        assertEquals(new SourceLocation(2, 7), meeting.id().location());
        assertEquals(new SourceLocation(3, 11), meeting.name().location());
        assertEquals("07/15/2025", meeting.date().text());
        assertEquals(new SourceLocation(4, 9), meeting.date().location());
        assertEquals(new SourceLocation(3, 3), meeting.keyLocation("name"));
        assertEquals(1, meeting.position());
        assertEquals("kf100", meeting.subject());
    }

    @Test
    void yaml11TypesStayText() {
        CalendarSpec calendar = read("""
                - id: 01200
                  name: no
                  date: 1e3
                  time: 8:00
                  timezone: 0x1F
                  frequency: yes
                  until: 1_000
                  count: .inf
                  video: 2025-07-13
                  organizer: true
                """);

        MeetingSpec meeting = calendar.meetings().get(0);
        assertEquals("01200", meeting.id().text());
        assertEquals("no", meeting.name().text());
        assertEquals("1e3", meeting.date().text());
        assertEquals("8:00", meeting.time().text());
        assertEquals("0x1F", meeting.timezone().text());
        assertEquals("yes", meeting.frequency().text());
        assertEquals("1_000", meeting.until().text());
        assertEquals(".inf", meeting.count().text());
        assertEquals("2025-07-13", meeting.video().text());
        assertEquals("true", meeting.organizer().text());
        assertTrue(problems.sorted().isEmpty());
    }

    @Test
    void nullFormsAreEmptyText() {
        CalendarSpec calendar = read("""
                - id: ~
                  name: null
                  date:
                """);

        MeetingSpec meeting = calendar.meetings().get(0);
        assertEquals("", meeting.id().text());
        assertEquals("", meeting.name().text());
        assertEquals("", meeting.date().text());
    }

    @Test
    void nullLookalikesStayText() {
        CalendarSpec calendar = read("""
                - id: 'null'
                  name: none
                  date: "~"
                  time: Null
                  timezone: NULL
                  frequency: nil
                """);

        MeetingSpec meeting = calendar.meetings().get(0);
        assertEquals("null", meeting.id().text());
        assertEquals("none", meeting.name().text());
        assertEquals("~", meeting.date().text());
        assertEquals("", meeting.time().text());
        assertEquals("", meeting.timezone().text());
        assertEquals("nil", meeting.frequency().text());
    }

    @Test
    void flowMappingIsReadLikeBlockMapping() {
        CalendarSpec calendar = read("- {id: kf100, name: A, date: 07/15/2025, time: 8:00AM-8:55AM}\n");

        MeetingSpec meeting = calendar.meetings().get(0);
        assertEquals("kf100", meeting.id().text());
        assertEquals("8:00AM-8:55AM", meeting.time().text());
        assertEquals(new SourceLocation(1, 4), meeting.location());
    }

    @Test
    void descriptionListKeepsBlockScalar() {
        CalendarSpec calendar = read("""
                - id: kf100
                  description:
                    - |
                      first line

                      third line
                    - second item
                """);

        DescriptionSpec description = calendar.meetings().get(0).description();
        assertTrue(description.writtenAsList());
        assertEquals(2, description.parts().size());
        assertEquals("first line\n\nthird line\n", description.parts().get(0).text());
        assertEquals("second item", description.parts().get(1).text());
    }

    @Test
    void skipItemsTakeBothForms() {
        CalendarSpec calendar = read("""
                - id: kf100
                  skip:
                    - 12/25/2025
                    - {date: 01/01/2026, reason: New Year}
                """);

        List<DatedNoteSpec> skip = calendar.meetings().get(0).skip();
        assertEquals("12/25/2025", skip.get(0).date().text());
        assertNull(skip.get(0).reason());
        assertEquals("01/01/2026", skip.get(1).date().text());
        assertEquals("New Year", skip.get(1).reason().text());
        assertEquals(new SourceLocation(4, 14), skip.get(1).date().location());
    }

    @Test
    void topLevelMappingIsAnError() {
        read("""
                id: kf100
                name: A
                """);

        Problem problem = onlyProblem();
        assertAt(problem, 1, 1);
        assertTrue(problem.message().contains("top level must be a list"), problem::format);
        assertTrue(problem.fix().contains("put '- ' before the first key"), problem::format);
    }

    @Test
    void meetingsNestedUnderKeyAreExplained() {
        read("""
                meetings:
                  - id: kf100
                """);

        Problem problem = onlyProblem();
        assertTrue(problem.message().contains("nested under 'meetings:'"), problem::format);
        assertTrue(problem.fix().contains("remove the line 'meetings:'"), problem::format);
    }

    @Test
    void topLevelTextIsAnError() {
        read("just some text\n");

        Problem problem = onlyProblem();
        assertTrue(problem.message().contains("but it is text"), problem::format);
    }

    @Test
    void secondDocumentIsAnError() {
        CalendarSpec calendar = read("""
                - id: kf100
                  name: A
                ---
                - id: kf101
                """);

        Problem problem = onlyProblem();
        assertAt(problem, 3, 1);
        assertTrue(problem.message().contains("second YAML document"), problem::format);
        assertTrue(problem.fix().contains("remove this '---' line"), problem::format);
        assertEquals(1, calendar.meetings().size());
    }

    @Test
    void duplicateKeyNamesFirstLine() {
        CalendarSpec calendar = read("""
                - id: kf100
                  name: A
                  date: 07/15/2025
                  name: B
                """);

        Problem problem = onlyProblem();
        assertAt(problem, 4, 3);
        assertEquals("kf100", problem.meetingId());
        assertEquals("name", problem.field());
        assertTrue(problem.message().contains("appears twice"), problem::format);
        assertTrue(problem.message().contains("line 2"), problem::format);
        MeetingSpec meeting = calendar.meetings().get(0);
        assertEquals("A", meeting.name().text());
        assertFalse(meeting.wellFormed());
    }

    @Test
    void unknownKeySuggestsClosestKey() {
        read("""
                - id: kf100
                  frequncy: weekly
                """);

        Problem problem = onlyProblem();
        assertAt(problem, 2, 3);
        assertEquals("frequncy", problem.field());
        assertEquals("unknown key 'frequncy'", problem.message());
        assertEquals("did you mean 'frequency'?", problem.fix());
    }

    @Test
    void unknownKeySuggestsSynonym() {
        read("""
                - id: kf100
                  title: Weekly sync
                """);

        assertEquals("did you mean 'name'?", onlyProblem().fix());
    }

    @Test
    void unknownKeyWithoutMatchListsKeys() {
        read("""
                - id: kf100
                  colour: blue
                """);

        Problem problem = onlyProblem();
        assertTrue(problem.fix().startsWith("valid keys are id, name, date, time, timezone"), problem::format);
    }

    @Test
    void controlCharacterInKeyShownEscaped() {
        read("""
                - id: kf100
                  "name\\e[2J\\x9b": x
                """);

        Problem problem = onlyProblem();
        assertEquals("unknown key 'name\\u001B[2J\\u009B'", problem.message());
        assertEquals("name\\u001B[2J\\u009B", problem.field());
    }

    @Test
    void listWhereTextBelongsIsAnError() {
        CalendarSpec calendar = read("""
                - id: kf100
                  name: [a, b]
                """);

        Problem problem = onlyProblem();
        assertAt(problem, 2, 9);
        assertEquals("name", problem.field());
        assertTrue(problem.message().contains("must be a single value, but it is a list"), problem::format);
        assertTrue(calendar.meetings().get(0).has("name"));
        assertNull(calendar.meetings().get(0).name());
    }

    @Test
    void textItemIsNotAMeeting() {
        CalendarSpec calendar = read("- kf100\n- id: kf101\n");

        Problem problem = onlyProblem();
        assertAt(problem, 1, 3);
        assertEquals("meeting #1", problem.meetingId());
        assertTrue(problem.message().contains("must be a meeting"), problem::format);
        assertEquals(1, calendar.meetings().size());
        assertEquals(2, calendar.meetings().get(0).position());
    }

    @Test
    void emptyListItemIsAnError() {
        read("-\n- id: kf101\n");

        Problem problem = onlyProblem();
        assertEquals("empty list item", problem.message());
    }

    @Test
    void invalidIdMakesPositionTheSubject() {
        read("""
                - id: kf100
                - id: "has spaces in it"
                  colour: blue
                """);

        assertEquals("meeting #2", onlyProblem().meetingId());
    }

    @Test
    void attendeeWithoutEmailKeyIsExplained() {
        read("""
                - id: kf100
                  attendees:
                    - someone@example.org
                """);

        Problem problem = onlyProblem();
        assertAt(problem, 3, 7);
        assertEquals("attendees", problem.field());
        assertTrue(problem.fix().contains("'- email: someone@example.org'"), problem::format);
    }

    @Test
    void attendeeUnknownKeyIsNamed() {
        read("""
                - id: kf100
                  attendees:
                    - emial: someone@example.org
                """);

        Problem problem = onlyProblem();
        assertTrue(problem.message().contains("unknown key 'emial'"), problem::format);
        assertEquals("did you mean 'email'?", problem.fix());
    }

    @Test
    void attendeesAsTextIsAnError() {
        read("""
                - id: kf100
                  attendees: someone@example.org
                """);

        Problem problem = onlyProblem();
        assertAt(problem, 2, 14);
        assertTrue(problem.message().contains("attendees must be a list"), problem::format);
    }

    @Test
    void skipItemWithoutDateIsAnError() {
        read("""
                - id: kf100
                  skip:
                    - reason: Holiday
                """);

        Problem problem = onlyProblem();
        assertEquals("skip", problem.field());
        assertTrue(problem.message().contains("has no 'date:'"), problem::format);
    }

    @Test
    void descriptionMappingIsAnError() {
        read("""
                - id: kf100
                  description:
                    agenda: https://example.org
                """);

        Problem problem = onlyProblem();
        assertEquals("description", problem.field());
        assertTrue(problem.fix().contains("description: |"), problem::format);
    }

    @Test
    void byteOrderMarkIsIgnored() {
        CalendarSpec calendar = read("\uFEFF- id: kf100\n");

        assertEquals("kf100", calendar.meetings().get(0).id().text());
        assertTrue(problems.sorted().isEmpty());
    }
}
