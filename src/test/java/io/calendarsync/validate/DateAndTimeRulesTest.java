package io.calendarsync.validate;

import static io.calendarsync.validate.Fixtures.assertError;
import static io.calendarsync.validate.Fixtures.assertProblem;
import static io.calendarsync.validate.Fixtures.meeting;
import static io.calendarsync.validate.Fixtures.onlyProblem;
import static io.calendarsync.validate.Fixtures.validate;
import static io.calendarsync.validate.Fixtures.valueColumn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.calendarsync.model.Meeting;
import io.calendarsync.model.Problem;
import io.calendarsync.model.Severity;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateAndTimeRulesTest {

    private static Meeting onlyMeeting(ValidationResult result) {
        assertTrue(result.valid(), () -> Fixtures.formatted(result));
        assertEquals(1, result.meetings().size());
        return result.meetings().get(0);
    }

    @ParameterizedTest
    @CsvSource({
        "07/15/2025, 2025-07-15",
        "7/5/2025, 2025-07-05",
        "12/31/2025, 2025-12-31",
        "2025-07-15, 2025-07-15",
        "02/29/2028, 2028-02-29"})
    void acceptedDateFormats(String written, LocalDate expected) {
        Meeting meeting = onlyMeeting(validate(meeting("date: " + written)));

        assertEquals(expected, meeting.date());
    }

    @Test
    void nonexistentDateIsAnError() {
        Problem problem = onlyProblem(validate(meeting("date: 02/30/2026")));

        assertError(problem, 3, valueColumn("date"), "kf100", "date",
                "'02/30/2026' does not exist: February 2026 has 28 days", "check the date");
    }

    @Test
    void leapDayInCommonYearIsExplained() {
        Problem problem = onlyProblem(validate(meeting("date: 02/29/2026")));

        assertError(problem, 3, valueColumn("date"), "kf100", "date", "because 2026 is not a leap year",
                "check the date");
    }

    @Test
    void swappedDaySuggestsMonthFirst() {
        Problem problem = onlyProblem(validate(meeting("date: 13/07/2025")));

        assertError(problem, 3, valueColumn("date"), "kf100", "date", "the day and month look swapped",
                "did you mean 07/13/2025?");
    }

    @Test
    void swappedIsoDateKeepsIsoStyle() {
        Problem problem = onlyProblem(validate(meeting("date: 2025-13-07")));

        assertError(problem, 3, valueColumn("date"), "kf100", "date", "month 13", "did you mean 2025-07-13?");
    }

    @Test
    void impossibleMonthIsAnError() {
        Problem problem = onlyProblem(validate(meeting("date: 14/14/2025")));

        assertError(problem, 3, valueColumn("date"), "kf100", "date", "has the month 14", "MM/dd/yyyy");
    }

    @Test
    void twoDigitYearSuggestsFourDigits() {
        Problem problem = onlyProblem(validate(meeting("date: 7/13/25")));

        assertError(problem, 3, valueColumn("date"), "kf100", "date", "the year has two digits",
                "write the year with four digits: 07/13/2025");
    }

    @Test
    void dayFirstDotsSuggestMonthFirst() {
        Problem problem = onlyProblem(validate(meeting("date: 13.07.2025")));

        assertError(problem, 3, valueColumn("date"), "kf100", "date", "dd.MM.yyyy is read day first",
                "07/13/2025");
    }

    @Test
    void wordDateIsAnError() {
        Problem problem = onlyProblem(validate(meeting("date: July 13, 2025")));

        assertError(problem, 3, valueColumn("date"), "kf100", "date",
                "'July 13, 2025' is not a date in MM/dd/yyyy or yyyy-MM-dd format", "07/15/2025");
    }

    @Test
    void farYearIsAnError() {
        Problem problem = onlyProblem(validate(meeting("date: 07/15/0202")));

        assertError(problem, 3, valueColumn("date"), "kf100", "date", "year 202, outside 1970 to 2199",
                "check the year");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "8:00AM-8:55AM | 08:00 | 08:55",
        "5:30pm-6:25pm | 17:30 | 18:25",
        "5:30 PM-6:25 pm | 17:30 | 18:25",
        "6:00-7:00 PM | 18:00 | 19:00",
        "11:00-1:00 PM | 11:00 | 13:00",
        "12:00AM-1:00AM | 00:00 | 01:00",
        "12:00PM-12:30PM | 12:00 | 12:30",
        "17:30-18:10 | 17:30 | 18:10",
        "9:00 - 10:00 | 09:00 | 10:00",
        "22:00-0:00 | 22:00 | 00:00"})
    void acceptedTimeFormats(String written, LocalTime start, LocalTime end) {
        Meeting meeting = onlyMeeting(validate(meeting("time: " + written)));

        assertEquals(start, meeting.start());
        assertEquals(end, meeting.end());
    }

    @Test
    void eightOClockStaysText() {
        Problem problem = onlyProblem(validate(meeting("time: 8:00")));

        assertError(problem, 4, valueColumn("time"), "kf100", "time", "'8:00' is not a time range",
                "8:00AM-8:55AM");
    }

    @Test
    void overnightMeetingWarns() {
        ValidationResult result = validate(meeting("time: 11:00PM-12:30AM"));

        assertProblem(onlyProblem(result), Severity.WARNING, 4, valueColumn("time"), "kf100", "time",
                "ends at 12:30AM on the next day", "check AM and PM");
        assertTrue(result.meetings().get(0).endsNextDay());
    }

    @Test
    void longMeetingWarnsWithAlternative() {
        ValidationResult result = validate(meeting("time: 5:30am-6:10pm"));

        assertProblem(onlyProblem(result), Severity.WARNING, 4, valueColumn("time"), "kf100", "time",
                "5:30AM-6:10PM lasts 12 h 40 min, longer than 8 hours", "did you mean 5:30PM-6:10PM or 5:30AM-6:10AM?");
        assertEquals(1, result.meetings().size());
    }

    @Test
    void longTwentyFourHourMeetingWarns() {
        Problem problem = onlyProblem(validate(meeting("time: 8:00-17:30")));

        assertProblem(problem, Severity.WARNING, 4, valueColumn("time"), "kf100", "time", "lasts 9 h 30 min",
                "check AM and PM");
    }

    @Test
    void zeroLengthMeetingIsAnError() {
        Problem problem = onlyProblem(validate(meeting("time: 9:00AM-9:00AM")));

        assertError(problem, 4, valueColumn("time"), "kf100", "time", "starts and ends at the same time (9:00AM)",
                "the time the meeting ends");
    }

    /**
     * Google Calendar rejects a meeting that starts and ends in the skipped hour ("timeRangeEmpty") on every
     * run, and moves a series that starts there an hour later than the iCalendar file does.
     */
    @Test
    void startInDaylightGapIsAnError() {
        ValidationResult result = validate(meeting("date: 03/09/2025", "time: 2:30AM-3:30AM"));

        assertError(onlyProblem(result), 4, valueColumn("time"), "kf100", "time",
                "2:30AM does not exist on 03/09/2025 in America/Los_Angeles because the clocks jump from 2:00AM to"
                        + " 3:00AM", "such as 03/16/2025, or choose a time outside 2:00AM-3:00AM");
    }

    @Test
    void overnightEndInDaylightGapIsAnError() {
        ValidationResult result = validate(meeting("date: 2025-03-29", "time: 23:30-1:30", "timezone: Europe/London",
                "frequency: weekly"));

        Problem problem = result.errors().get(0);
        assertEquals(1, result.errors().size(), () -> Fixtures.formatted(result));
        assertError(problem, 4, valueColumn("time"), "kf100", "time",
                "1:30 does not exist on 03/30/2025 in Europe/London because the clocks jump from 1:00 to 2:00",
                "such as 04/05/2025");
    }

    @Test
    void repeatedHourIsAccepted() {
        Meeting meeting = onlyMeeting(validate(meeting("date: 11/02/2025", "time: 1:30AM-2:30AM")));

        assertEquals(LocalTime.of(1, 30), meeting.start());
    }

    @Test
    void zoneInTimePointsToTimezone() {
        Problem problem = onlyProblem(validate(meeting("time: 6:00-7:00 PM (CET)")));

        assertError(problem, 4, valueColumn("time"), "kf100", "time", "time contains the time zone '(CET)'",
                "write time: 6:00-7:00PM and timezone: Europe/Berlin");
    }

    @Test
    void ianaZoneInTimeIsSuggestedAsIs() {
        Problem problem = onlyProblem(validate(meeting("time: 17:00-18:00 Europe/Madrid")));

        assertError(problem, 4, valueColumn("time"), "kf100", "time", "time zone 'Europe/Madrid'",
                "write time: 17:00-18:00 and timezone: Europe/Madrid");
    }

    @Test
    void otherTrailingTextIsAnError() {
        Problem problem = onlyProblem(validate(meeting("time: 9:00AM-10:00AM every other week")));

        assertError(problem, 4, valueColumn("time"), "kf100", "time",
                "unexpected text 'every other week' after the end time", "put notes in description");
    }

    @Test
    void missingMinutesSuggestFullTimes() {
        Problem problem = onlyProblem(validate(meeting("time: 9am-10am")));

        assertError(problem, 4, valueColumn("time"), "kf100", "time", "the minutes are missing",
                "write 9:00AM-10:00AM");
    }

    @Test
    void startMeridiemWithoutEndIsAnError() {
        Problem problem = onlyProblem(validate(meeting("time: 10:00AM-11:00")));

        assertError(problem, 4, valueColumn("time"), "kf100", "time",
                "the start 10:00AM has AM or PM but the end 11:00 does not", "10:00AM-11:00AM");
    }

    @Test
    void twentyFourHourWithMeridiemIsAnError() {
        Problem problem = onlyProblem(validate(meeting("time: 17:30PM-18:10PM")));

        assertError(problem, 4, valueColumn("time"), "kf100", "time", "17:30PM mixes the 24-hour clock with AM/PM",
                "write 17:30 without AM/PM, or 5:30PM");
    }

    @Test
    void hourZeroWithMeridiemSuggestsTwelve() {
        Problem problem = onlyProblem(validate(meeting("time: 0:30AM-1:00AM")));

        assertError(problem, 4, valueColumn("time"), "kf100", "time", "0:30AM is not a 12-hour time",
                "write 12:30AM");
    }

    @Test
    void invalidMinutesAreAnError() {
        Problem problem = onlyProblem(validate(meeting("time: 9:75-10:00")));

        assertError(problem, 4, valueColumn("time"), "kf100", "time", "has 75 minutes", "8:00AM-8:55AM");
    }

    @Test
    void hour24IsAnError() {
        Problem problem = onlyProblem(validate(meeting("time: 23:00-24:00")));

        assertError(problem, 4, valueColumn("time"), "kf100", "time", "24:00 is not a valid time",
                "write 0:00 for midnight");
    }

    @Test
    void singleTimeIsAnError() {
        Problem problem = onlyProblem(validate(meeting("time: 9:00AM")));

        assertError(problem, 4, valueColumn("time"), "kf100", "time", "needs a start and an end separated by '-'",
                "8:00AM-8:55AM");
    }

    @Test
    void missingTimeIsAnError() {
        Problem problem = onlyProblem(validate(meeting("time")));

        assertError(problem, 1, 3, "kf100", "time", "required key 'time' is missing", "add 'time: 8:00AM-8:55AM'");
    }
}
