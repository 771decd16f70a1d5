package io.calendarsync.validate;

import static io.calendarsync.validate.Fixtures.assertProblem;
import static io.calendarsync.validate.Fixtures.onlyProblem;
import static io.calendarsync.validate.Fixtures.validate;
import static io.calendarsync.validate.Fixtures.valueColumn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.calendarsync.model.Problem;
import io.calendarsync.model.Severity;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoomConflictsTest {

    /**
     * A Berlin meeting at 16:00 and a New York meeting at 11:00 on Wednesdays, in one Zoom room written two
     * ways. They meet back to back while both zones keep the same kind of time, and overlap in the weeks
     * when only the United States has summer time: from its start (second Sunday of March) to the
     * European start (last Sunday of March), and from the European end (last Sunday of October) to the
     * American end (first Sunday of November).
     */
    private static final String BERLIN_AND_NEW_YORK = """
            - id: kf200
              name: EU sync
              date: 07/02/2025
              time: 16:00-17:00
              timezone: Europe/Berlin
              frequency: weekly
              video: https://zoom.us/j/123456789
            - id: kf201
              name: US sync
              date: 07/02/2025
              time: 11:00-12:00
              timezone: America/New_York
              frequency: weekly
              video: https://us02web.zoom.us/j/123456789?pwd=abc
            """;

    private static ValidationResult validateAt(String now, String yaml) {
        ValidationOptions options = new ValidationOptions(ZoneId.of("America/Los_Angeles"), Instant.parse(now));
        return new CalendarValidator(options).validate(Fixtures.FILE, yaml);
    }

    private static String meeting(String id, String date, String time, String frequency, String video,
            String... extraLines) {
        StringBuilder yaml = new StringBuilder();
        yaml.append("- id: ").append(id).append("\n  name: Meeting ").append(id).append("\n  date: ").append(date)
                .append("\n  time: ").append(time).append('\n');
        if (!frequency.isEmpty()) {
            yaml.append("  frequency: ").append(frequency).append('\n');
        }
        yaml.append("  video: ").append(video).append('\n');
        for (String line : extraLines) {
            yaml.append(line).append('\n');
        }
        return yaml.toString();
    }

    @Test
    void zonesClashOnlyBetweenDstChangesInAutumn() {
        ValidationResult result = validate(BERLIN_AND_NEW_YORK);

        assertProblem(onlyProblem(result), Severity.WARNING, 14, valueColumn("video"), "kf201", "video",
                "kf201 and kf200 (line 1) use the same video room and overlap, first at 2025-10-29 15:00 UTC"
                        + " (kf200: Wed 10/29/2025 16:00–17:00 Europe/Berlin,"
                        + " kf201: Wed 10/29/2025 11:00–12:00 America/New_York)",
                "move one of the meetings, skip the dates they overlap, or give one of them its own video link");
        // 10/29/2025, then 03/11, 03/18 and 03/25/2026.
        assertTrue(onlyProblem(result).message().endsWith("; 4 occurrences overlap in the next 12 months"),
                onlyProblem(result)::format);
    }

    @Test
    void zonesClashOnlyBetweenDstChangesInSpring() {
        ValidationResult result = validateAt("2026-01-01T00:00:00Z", BERLIN_AND_NEW_YORK);

        Problem warning = onlyProblem(result);
        assertTrue(warning.message().contains("first at 2026-03-11 15:00 UTC (kf200: Wed 03/11/2026 16:00–17:00"
                + " Europe/Berlin, kf201: Wed 03/11/2026 11:00–12:00 America/New_York)"), warning::format);
    }

    @Test
    void summerAloneIsBackToBack() {
        ValidationResult result = validateAt("2026-04-01T00:00:00Z",
                BERLIN_AND_NEW_YORK.replace("frequency: weekly", "frequency: weekly\n  until: 10/01/2026"));

        assertTrue(result.problems().isEmpty(), () -> Fixtures.formatted(result));
    }

    @Test
    void otherRoomDoesNotClash() {
        String yaml = meeting("kf100", "07/15/2025", "8:00AM-8:55AM", "weekly", "https://zoom.us/j/111")
                + meeting("kf101", "07/15/2025", "8:00AM-8:55AM", "weekly", "https://zoom.us/j/222");

        assertTrue(validate(yaml).problems().isEmpty());
    }

    @Test
    void alternatingBiweeklyMeetingsShareRoom() {
        String yaml = meeting("kf100", "07/15/2025", "8:00AM-8:55AM", "bi-weekly", "https://zoom.us/j/111")
                + meeting("kf101", "07/22/2025", "8:00AM-8:55AM", "bi-weekly", "https://zoom.us/j/111");

        assertTrue(validate(yaml).problems().isEmpty());
    }

    @Test
    void oneOffOnSeriesDayClashes() {
        String yaml = meeting("kf100", "07/15/2025", "8:00AM-8:55AM", "weekly", "https://zoom.us/j/111")
                + meeting("kf101", "08/05/2025", "8:30AM-9:30AM", "", "https://zoom.us/j/111");

        Problem warning = onlyProblem(validate(yaml));

        assertEquals("kf101", warning.meetingId());
        assertTrue(warning.message().contains("first at 2025-08-05 15:30 UTC (kf100: Tue 08/05/2025 08:00–08:55"
                + " America/Los_Angeles, kf101: Tue 08/05/2025 08:30–09:30 America/Los_Angeles)"), warning::format);
        assertTrue(warning.message().endsWith("; 1 occurrence overlaps in the next 12 months"), warning::format);
    }

    @Test
    void skipRemovesTheClash() {
        String yaml = meeting("kf100", "07/15/2025", "8:00AM-8:55AM", "weekly", "https://zoom.us/j/111",
                "  skip:", "    - 08/05/2025")
                + meeting("kf101", "08/05/2025", "8:30AM-9:30AM", "", "https://zoom.us/j/111");

        ValidationResult result = validate(yaml);

        assertTrue(result.problems().isEmpty(), () -> Fixtures.formatted(result));
    }

    @Test
    void pastClashIsNotReported() {
        String yaml = meeting("kf100", "01/07/2025", "8:00AM-8:55AM", "weekly", "https://zoom.us/j/111")
                + meeting("kf101", "01/14/2025", "8:30AM-9:30AM", "weekly", "https://zoom.us/j/111",
                        "  until: 06/24/2025");

        List<Problem> problems = validate(yaml).problems();

        assertEquals(1, problems.size());
        assertEquals("until", problems.get(0).field(), problems.get(0).format());
    }

    @Test
    void eachMeetingGetsOneWarningNamingItsFirstClash() {
        String yaml = meeting("kf100", "07/15/2025", "8:00AM-8:55AM", "weekly", "https://zoom.us/j/111")
                + meeting("kf101", "07/22/2025", "8:30AM-9:30AM", "weekly", "https://zoom.us/j/111")
                + meeting("kf102", "07/29/2025", "8:45AM-9:15AM", "weekly", "https://zoom.us/j/111");

        List<Problem> warnings = validate(yaml).warnings();

        assertEquals(List.of("kf101", "kf102"), warnings.stream().map(Problem::meetingId).toList());
        assertTrue(warnings.get(0).message().startsWith("kf101 and kf100 (line 1)"), warnings.get(0)::format);
        assertTrue(warnings.get(0).message().contains("first at 2025-07-22 15:30 UTC"), warnings.get(0)::format);
        // kf102 starts while both others run; the one listed first in the file is named first.
        assertTrue(warnings.get(1).message().startsWith("kf102 and kf100 (line 1)"), warnings.get(1)::format);
        assertTrue(warnings.get(1).message().contains("first at 2025-07-29 15:45 UTC"), warnings.get(1)::format);
        assertTrue(warnings.get(1).message().endsWith("; kf102 also overlaps kf101"), warnings.get(1)::format);
    }

    @Test
    void dailyClashesCountWholeYear() {
        // The sweep reads each meeting's occurrences a few at a time, so the count spans many reads.
        String yaml = meeting("kf100", "07/01/2025", "8:00AM-9:00AM", "daily", "https://zoom.us/j/111")
                + meeting("kf101", "07/01/2025", "8:30AM-9:30AM", "daily", "https://zoom.us/j/111")
                + meeting("kf102", "07/03/2025", "8:45AM-9:15AM", "weekly", "https://zoom.us/j/111");

        List<Problem> warnings = validate(yaml).warnings();

        assertEquals(List.of("kf101", "kf102"), warnings.stream().map(Problem::meetingId).toList());
        assertTrue(warnings.get(0).message().contains("first at 2025-07-01 15:30 UTC"), warnings.get(0)::format);
        assertTrue(warnings.get(0).message().endsWith("; 365 occurrences overlap in the next 12 months"),
                warnings.get(0)::format);
        assertTrue(warnings.get(1).message().contains("first at 2025-07-03 15:45 UTC"), warnings.get(1)::format);
        assertTrue(warnings.get(1).message().contains("; 52 occurrences overlap in the next 12 months"),
                warnings.get(1)::format);
        assertTrue(warnings.get(1).message().endsWith("; kf102 also overlaps kf101"), warnings.get(1)::format);
    }

    @Test
    void crowdedRoomGetsOneWarning() {
        // 700 daily meetings at once make about 245,000 overlapping pairs a day, past the limit within months.
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < 700; i++) {
            yaml.append(meeting(String.format("kf%04d", i), "07/01/2025", "8:00AM-9:00AM", "daily", "https://zoom.us/j/111"));
        }

        List<Problem> warnings = validate(yaml.toString()).warnings();

        assertEquals(1, warnings.size(), warnings::toString);
        assertEquals("kf0000", warnings.get(0).meetingId());
        assertTrue(warnings.get(0).message().startsWith("700 meetings use the same video room as kf0000, and more"
                + " than 20 million pairs"), warnings.get(0)::format);
    }

    @Test
    void backToBackMeetingsDoNotClash() {
        String yaml = meeting("kf100", "07/15/2025", "8:00AM-9:00AM", "weekly", "https://zoom.us/j/111")
                + meeting("kf101", "07/15/2025", "9:00AM-10:00AM", "weekly", "https://zoom.us/j/111");

        assertTrue(validate(yaml).problems().isEmpty());
    }

    @Test
    void meetingPastMidnightClashesNextDay() {
        String yaml = meeting("kf100", "07/15/2025", "11:00PM-1:00AM", "weekly", "https://zoom.us/j/111")
                + meeting("kf101", "07/16/2025", "12:30AM-1:30AM", "weekly", "https://zoom.us/j/111");

        List<Problem> warnings = validate(yaml).warnings().stream()
                .filter(problem -> problem.field().equals("video")).toList();

        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).message().contains("(kf100: Tue 07/15/2025 23:00–Wed 07/16/2025 01:00"
                + " America/Los_Angeles, kf101: Wed 07/16/2025 00:30–01:30 America/Los_Angeles)"),
                warnings.get(0)::format);
    }
}
