package io.calendarsync.recurrence;

import static io.calendarsync.testing.MeetingBuilder.meeting;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.calendarsync.model.Frequency;
import org.junit.jupiter.api.Test;

class ScheduleSentencesTest {

    @Test
    void biweeklyWithUntil() {
        String sentence = ScheduleSentences.describe(meeting("kf032").date("2025-04-15").time("08:00", "08:55")
                .every(Frequency.WEEKLY, 2).until("2025-06-24").build());

        assertEquals("Every 2 weeks on Tuesday, 8:00–8:55 AM America/Los_Angeles, from 2025-04-15 until 2025-06-24",
                sentence);
    }

    @Test
    void once() {
        assertEquals("Once on Tuesday 2025-04-15, 8:00–8:55 AM America/Los_Angeles",
                ScheduleSentences.describe(meeting("kf001").date("2025-04-15").build()));
    }

    @Test
    void weeklyWithoutEnd() {
        assertEquals("Weekly on Thursday, 5:00–6:00 PM Europe/Madrid, from 2025-04-17",
                ScheduleSentences.describe(meeting("kf002").zone("Europe/Madrid").date("2025-04-17")
                        .time("17:00", "18:00").every(Frequency.WEEKLY).build()));
    }

    @Test
    void monthlyForms() {
        assertEquals("Monthly on the 2nd Wednesday, 8:00–8:55 AM America/Los_Angeles, from 2025-04-09",
                ScheduleSentences.describe(meeting("kf003").date("2025-04-09").every(Frequency.MONTHLY_NTH).build()));
        assertEquals("Monthly on the last Thursday, 8:00–8:55 AM America/Los_Angeles, from 2025-04-24",
                ScheduleSentences.describe(meeting("kf004").date("2025-04-24").every(Frequency.MONTHLY_LAST).build()));
        assertEquals("Monthly on day 15, 8:00–8:55 AM America/Los_Angeles, from 2025-04-15",
                ScheduleSentences.describe(meeting("kf005").date("2025-04-15").every(Frequency.MONTHLY_ON_DAY).build()));
        assertEquals("Every 3 months on the 1st Monday, 8:00–8:55 AM America/Los_Angeles, from 2025-04-07",
                ScheduleSentences.describe(meeting("kf006").date("2025-04-07").every(Frequency.MONTHLY_NTH, 3).build()));
    }

    @Test
    void dailyWeekdaysYearly() {
        assertEquals("Daily, 8:00–8:55 AM America/Los_Angeles, from 2025-04-15",
                ScheduleSentences.describe(meeting("kf007").every(Frequency.DAILY).build()));
        assertEquals("Every weekday, 8:00–8:55 AM America/Los_Angeles, from 2025-04-15",
                ScheduleSentences.describe(meeting("kf008").every(Frequency.WEEKDAYS).build()));
        assertEquals("Yearly on April 15, 8:00–8:55 AM America/Los_Angeles, from 2025-04-15",
                ScheduleSentences.describe(meeting("kf009").every(Frequency.YEARLY).build()));
        assertEquals("Yearly on February 29 (only in leap years), 8:00–8:55 AM America/Los_Angeles, from 2028-02-29",
                ScheduleSentences.describe(meeting("kf010").date("2028-02-29").every(Frequency.YEARLY).build()));
    }

    @Test
    void countAndSingleDates() {
        String sentence = ScheduleSentences.describe(meeting("kf011").date("2025-06-03").every(Frequency.WEEKLY).count(10)
                .skip("2025-07-15", "").skip("2025-07-01", "holiday").extra("2025-07-03", "make-up").build());

        assertEquals("Weekly on Tuesday, 8:00–8:55 AM America/Los_Angeles, from 2025-06-03, 10 times, "
                + "except 2025-07-01 (holiday) and 2025-07-15, plus 2025-07-03 (make-up)", sentence);
    }

    @Test
    void threeSkippedDatesUseCommas() {
        String sentence = ScheduleSentences.describe(meeting("kf012").date("2025-06-03").every(Frequency.WEEKLY)
                .skip("2025-06-10", "").skip("2025-06-17", "").skip("2025-06-24", "").build());

        assertEquals("Weekly on Tuesday, 8:00–8:55 AM America/Los_Angeles, from 2025-06-03, "
                + "except 2025-06-10, 2025-06-17 and 2025-06-24", sentence);
    }

    @Test
    void timesAcrossNoonAndMidnight() {
        assertEquals("Once on Tuesday 2025-04-15, 11:30 AM–12:30 PM America/Los_Angeles",
                ScheduleSentences.describe(meeting("kf013").time("11:30", "12:30").build()));
        assertEquals("Once on Tuesday 2025-04-15, 12:00–12:45 PM America/Los_Angeles",
                ScheduleSentences.describe(meeting("kf014").time("12:00", "12:45").build()));
        assertEquals("Weekly on Tuesday, 11:00 PM–12:30 AM Etc/UTC (ends the next day), from 2025-04-15",
                ScheduleSentences.describe(meeting("kf015").zone("Etc/UTC").time("23:00", "00:30")
                        .every(Frequency.WEEKLY).build()));
        assertEquals("Once on Tuesday 2025-04-15, 10:00 AM–9:00 AM America/Los_Angeles (ends the next day)",
                ScheduleSentences.describe(meeting("kf016").time("10:00", "09:00").build()));
    }

    @Test
    void ordinals() {
        assertEquals("1st", ScheduleSentences.ordinal(1));
        assertEquals("2nd", ScheduleSentences.ordinal(2));
        assertEquals("3rd", ScheduleSentences.ordinal(3));
        assertEquals("4th", ScheduleSentences.ordinal(4));
        assertEquals("5th", ScheduleSentences.ordinal(5));
        assertEquals("11th", ScheduleSentences.ordinal(11));
        assertEquals("22nd", ScheduleSentences.ordinal(22));
    }
}
