package io.calendarsync.validate;

import static io.calendarsync.validate.Fixtures.assertError;
import static io.calendarsync.validate.Fixtures.meeting;
import static io.calendarsync.validate.Fixtures.onlyProblem;
import static io.calendarsync.validate.Fixtures.validate;
import static io.calendarsync.validate.Fixtures.valueColumn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.calendarsync.model.Frequency;
import io.calendarsync.model.Problem;
import io.calendarsync.model.Schedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrequencyRulesTest {

    private static final int FREQUENCY_COLUMN = valueColumn("frequency");

    private static Schedule schedule(String... overrides) {
        ValidationResult result = validate(meeting(overrides));
        assertTrue(result.valid(), () -> Fixtures.formatted(result));
        return result.meetings().get(0).schedule();
    }

    @Test
    void noFrequencyMeansOnce() {
        Schedule schedule = schedule();

        assertEquals(Frequency.ONCE, schedule.frequency());
        assertEquals(1, schedule.interval());
        assertTrue(schedule.until().isEmpty());
    }

    @ParameterizedTest
    @CsvSource({
        "weekly, WEEKLY, 1",
        "bi-weekly, WEEKLY, 2",
        "every-4-weeks, WEEKLY, 4",
        "every-2-weeks, WEEKLY, 2",
        "every-1-weeks, WEEKLY, 1",
        "every-52-weeks, WEEKLY, 52",
        "daily, DAILY, 1",
        "weekdays, WEEKDAYS, 1",
        "monthly, MONTHLY_NTH, 1",
        "monthly-on-day, MONTHLY_ON_DAY, 1",
        "yearly, YEARLY, 1",
        "Weekly, WEEKLY, 1"})
    void frequenciesMapToSchedule(String written, Frequency frequency, int interval) {
        // 07/15/2025 is a Tuesday, the 3rd of its month.
        Schedule schedule = schedule("frequency: " + written);

        assertEquals(frequency, schedule.frequency());
        assertEquals(interval, schedule.interval());
    }

    @Test
    void monthlyLastOnLastWeekdayIsAccepted() {
        Schedule schedule = schedule("date: 07/29/2025", "frequency: monthly-last");

        assertEquals(Frequency.MONTHLY_LAST, schedule.frequency());
    }

    @Test
    void monthlyLastOnOtherWeekdayIsAnError() {
        Problem problem = onlyProblem(validate(meeting("frequency: monthly-last")));

        assertError(problem, 5, FREQUENCY_COLUMN, "kf100", "frequency",
                "07/15/2025 is not the last Tuesday of July 2025 (that is 07/29/2025)",
                "set date: 07/29/2025, or use frequency: monthly for the 3rd Tuesday of every month");
    }

    @Test
    void monthlyOnFifthWeekdaySuggestsMonthlyLast() {
        Problem problem = onlyProblem(validate(meeting("date: 07/29/2025", "frequency: monthly")));

        assertError(problem, 5, FREQUENCY_COLUMN, "kf100", "frequency",
                "07/29/2025 is the 5th Tuesday of July 2025; most months have only four Tuesdays, so a monthly"
                        + " meeting on the 5th Tuesday would skip most months",
                "use frequency: monthly-last for the last Tuesday of every month");
    }

    @Test
    void monthlyOnFourthWeekdayIsAccepted() {
        Schedule schedule = schedule("date: 07/28/2025", "frequency: monthly");

        assertEquals(Frequency.MONTHLY_NTH, schedule.frequency());
    }

    @Test
    void monthlyOnDayAfter28IsAnError() {
        Problem problem = onlyProblem(validate(meeting("date: 07/30/2025", "frequency: monthly-on-day")));

        assertError(problem, 5, FREQUENCY_COLUMN, "kf100", "frequency", "day 30 does not exist in every month",
                "from the 1st to the 28th");
        assertTrue(problem.message().contains("February has 28 days"), problem::format);
    }

    @Test
    void yearlyOnLeapDayIsAnError() {
        Problem problem = onlyProblem(validate(meeting("date: 02/29/2028", "frequency: yearly")));

        assertError(problem, 5, FREQUENCY_COLUMN, "kf100", "frequency", "February 29 exists only in leap years",
                "choose another date");
    }

    @Test
    void weekdaysStartingOnWeekendIsAnError() {
        Problem problem = onlyProblem(validate(meeting("date: 07/12/2025", "frequency: weekdays")));

        assertError(problem, 5, FREQUENCY_COLUMN, "kf100", "frequency", "07/12/2025 is a Saturday",
                "Monday 07/14/2025");
    }

    @Test
    void misspeltFrequencyGetsDidYouMeanAndList() {
        Problem problem = onlyProblem(validate(meeting("frequency: biweekly")));

        assertError(problem, 5, FREQUENCY_COLUMN, "kf100", "frequency", "unknown frequency 'biweekly'",
                "did you mean 'bi-weekly'?");
        assertTrue(problem.fix().contains("valid values are weekly, bi-weekly, every-4-weeks, every-N-weeks, daily,"
                + " weekdays, monthly, monthly-last, monthly-on-day, yearly"), problem::format);
    }

    @Test
    void synonymFrequencyIsSuggested() {
        Problem problem = onlyProblem(validate(meeting("frequency: fortnightly")));

        assertTrue(problem.fix().startsWith("did you mean 'bi-weekly'?"), problem::format);
    }

    @Test
    void singularWeeksIsSuggested() {
        Problem problem = onlyProblem(validate(meeting("frequency: every-3-week")));

        assertTrue(problem.fix().startsWith("did you mean 'every-3-weeks'?"), problem::format);
    }

    @Test
    void weekCountOver52IsAnError() {
        Problem problem = onlyProblem(validate(meeting("frequency: every-60-weeks")));

        assertError(problem, 5, FREQUENCY_COLUMN, "kf100", "frequency", "N in every-N-weeks goes from 1 to 52",
                "or yearly");
    }

    @Test
    void onceIsExplained() {
        Problem problem = onlyProblem(validate(meeting("frequency: once")));

        assertError(problem, 5, FREQUENCY_COLUMN, "kf100", "frequency", "unknown frequency 'once'",
                "leave out frequency");
    }

    @Test
    void yamlBooleanFrequencyStaysText() {
        Problem problem = onlyProblem(validate(meeting("frequency: yes")));

        assertError(problem, 5, FREQUENCY_COLUMN, "kf100", "frequency", "unknown frequency 'yes'", "valid values");
    }
}
