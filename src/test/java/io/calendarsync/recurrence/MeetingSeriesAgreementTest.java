package io.calendarsync.recurrence;

import static io.calendarsync.testing.MeetingBuilder.meeting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.calendarsync.model.Event;
import io.calendarsync.model.Frequency;
import io.calendarsync.model.Meeting;
import io.calendarsync.testing.MeetingBuilder;
import io.calendarsync.validate.CalendarValidator;
import io.calendarsync.validate.ValidationOptions;
import io.calendarsync.validate.ValidationResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link MeetingSeries} computes occurrences from the schedule, and {@link RecurrenceSet} expands the
 * RRULE, EXDATE and RDATE lines the same meeting is written with, through ical4j. Both must give the same
 * occurrences, starts and ends down to the offset, for every query the checks and the plan make. The
 * meetings are those of the samples and a few hundred generated ones in zones with odd daylight saving
 * rules, at times inside gaps and overlaps, overnight, with until, count, skip and extra.
 */
class MeetingSeriesAgreementTest {

    private static final List<String> ZONES = List.of("America/Los_Angeles", "America/New_York",
            "America/Sao_Paulo", "America/Santiago", "America/Havana", "Europe/London", "Europe/Berlin",
            "Africa/Casablanca", "Asia/Tehran", "Asia/Kolkata", "Asia/Tokyo", "Australia/Sydney",
            "Australia/Lord_Howe", "Pacific/Chatham", "Pacific/Apia", "UTC");

    private static final Frequency[] FREQUENCIES = Frequency.values();

    private final EventMapper mapper = new EventMapper();

    static Stream<Path> sampleFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/samples"))) {
            return files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("sampleFiles")
    void sampleMeetingsAgree(Path file) {
        ValidationResult result = new CalendarValidator(
                new ValidationOptions(ZoneId.of("America/Los_Angeles"), Instant.parse("2025-07-01T00:00:00Z")))
                .validate(file);
        assertTrue(result.valid(), () -> file + " has errors: " + result.problems());

        Random random = new Random(file.getFileName().toString().hashCode());
        for (Meeting meeting : result.meetings()) {
            compare(meeting, random);
        }
    }

    @Test
    void generatedMeetingsAgree() {
        Random random = new Random(20261204);
        for (int i = 0; i < 300; i++) {
            compare(generated(random, i), random);
        }
    }

    @Test
    void daylightSavingEdgesAgree() {
        List<Meeting> meetings = List.of(
                // 02:30 does not exist in New York on 2025-03-09, and 01:30 happens twice on 2025-11-02.
                meeting("gap01").zone("America/New_York").date("2025-03-09").time("02:30", "03:00")
                        .every(Frequency.WEEKLY).count(40).build(),
                meeting("fold01").zone("America/New_York").date("2025-10-26").time("01:30", "02:15")
                        .every(Frequency.DAILY).until("2025-11-09").build(),
                // Lord Howe moves its clocks by half an hour; Havana changes at midnight.
                meeting("howe01").zone("Australia/Lord_Howe").date("2025-09-28").time("02:15", "02:45")
                        .every(Frequency.WEEKLY).build(),
                meeting("havana01").zone("America/Havana").date("2025-03-02").time("00:15", "01:00")
                        .every(Frequency.WEEKLY).build(),
                // An overnight meeting across the change, and a series whose first date is skipped.
                meeting("night01").zone("Europe/Berlin").date("2025-03-29").time("23:00", "01:30")
                        .every(Frequency.DAILY).count(5).build(),
                meeting("skip01").date("2025-04-15").every(Frequency.WEEKLY).count(4)
                        .skip("2025-04-15", "first").extra("2025-04-10", "before the first").build());
        Random random = new Random(7);
        for (Meeting meeting : meetings) {
            compare(meeting, random);
        }
    }

    @Test
    void skippedZoneDayAgrees() {
        // Samoa skipped 2011-12-30: 10:00 that day is 10:00 on the 31st, so both dates give one meeting.
        List<Meeting> meetings = List.of(
                meeting("apia01").zone("Pacific/Apia").date("2011-12-20").time("10:00", "11:00")
                        .every(Frequency.DAILY).count(20).build(),
                meeting("apia02").zone("Pacific/Apia").date("2011-12-20").time("10:00", "11:00")
                        .every(Frequency.DAILY).until("2011-12-30").build(),
                meeting("apia03").zone("Pacific/Apia").date("2011-12-26").time("10:00", "11:00")
                        .every(Frequency.WEEKDAYS).skip("2011-12-31", "new year").build());
        Random random = new Random(11);
        for (Meeting meeting : meetings) {
            compare(meeting, random);
        }

        Instant probe = Instant.parse("2011-12-29T00:00:00Z");
        List<Occurrence> next = MeetingSeries.of(meetings.get(0)).next(probe, 3);
        assertEquals(3, next.size());
        assertTrue(next.get(1).start().isBefore(next.get(2).start()), next::toString);
    }

    @Test
    void farQueryAgrees() {
        Meeting meeting = meeting("far01").zone("Europe/London").date("2019-01-07").time("16:00", "17:00")
                .every(Frequency.WEEKLY, 2).build();
        Instant probe = Instant.parse("2031-06-01T12:00:00Z");

        assertEquals(RecurrenceSet.of(mapper.toEvent(meeting)).next(probe, 5), MeetingSeries.of(meeting).next(probe, 5));
        assertEquals(RecurrenceSet.of(mapper.toEvent(meeting)).lastBefore(probe), MeetingSeries.of(meeting).lastBefore(probe));
        assertFalse(MeetingSeries.of(meeting).next(probe, 5).isEmpty());
    }

    /** Compares the whole series, then windows, next and last occurrences around probe instants. */
    private void compare(Meeting meeting, Random random) {
        Event event = mapper.toEvent(meeting);
        RecurrenceSet expected = RecurrenceSet.of(event);
        MeetingSeries actual = MeetingSeries.of(meeting);
        String subject = meeting + " " + event.recurrence();

        Instant first = expected.start().toInstant();
        Instant spanEnd = first.plus(Duration.ofDays(3 * 366));
        List<Occurrence> all = expected.between(first.minus(Duration.ofDays(40)), spanEnd);
        assertEquals(all, actual.between(first.minus(Duration.ofDays(40)), spanEnd), subject);

        List<Instant> probes = new ArrayList<>();
        for (int i = 0; i < 4 && !all.isEmpty(); i++) {
            Instant start = all.get(random.nextInt(all.size())).start().toInstant();
            probes.add(start);
            probes.add(start.plusSeconds(1));
            probes.add(start.minusSeconds(1));
        }
        for (int i = 0; i < 4; i++) {
            probes.add(first.minus(Duration.ofDays(30)).plus(Duration.ofMinutes(random.nextInt(5 * 366 * 24 * 60))));
        }
        for (Instant probe : probes) {
            String at = subject + " at " + probe;
            assertEquals(expected.next(probe, 3), actual.next(probe, 3), at);
            assertEquals(expected.lastBefore(probe), actual.lastBefore(probe), at);
            Instant to = probe.plus(Duration.ofDays(1 + random.nextInt(400)));
            assertEquals(expected.between(probe, to), actual.between(probe, to), at);
        }
    }

    /** Generates a valid meeting: the date fits the frequency, as validation requires. */
    private static Meeting generated(Random random, int index) {
        Frequency frequency = FREQUENCIES[random.nextInt(FREQUENCIES.length)];
        LocalDate date = fitted(frequency, LocalDate.of(2019, 1, 1).plusDays(random.nextInt(9 * 365)));
        LocalTime start = random.nextInt(5) == 0
                ? LocalTime.of(random.nextBoolean() ? 2 : 1, 30)
                : LocalTime.of(random.nextInt(24), 15 * random.nextInt(4));
        LocalTime end = start.plusMinutes(15 + 15 * random.nextInt(12));

        MeetingBuilder builder = meeting("gen" + index).zone(ZONES.get(random.nextInt(ZONES.size())))
                .date(date.toString()).time(start.toString(), end.toString());
        if (frequency != Frequency.ONCE) {
            int interval = frequency == Frequency.WEEKDAYS ? 1 : 1 + random.nextInt(frequency == Frequency.YEARLY ? 2 : 4);
            builder.every(frequency, interval);
            switch (random.nextInt(3)) {
                case 0 -> builder.until(date.plusDays(random.nextInt(3 * 366)).toString());
                case 1 -> builder.count(1 + random.nextInt(60));
                default -> {
                    // No end.
                }
            }
        }
        for (int i = random.nextInt(4); i > 0; i--) {
            builder.skip(date.plusDays(random.nextInt(400)).toString(), "");
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            builder.extra(date.plusDays(random.nextInt(500) - 20).toString(), "");
        }
        return builder.build();
    }

    private static LocalDate fitted(Frequency frequency, LocalDate date) {
        return switch (frequency) {
            case MONTHLY_NTH -> date.getDayOfMonth() > 28 ? date.minusDays(7) : date;
            case MONTHLY_LAST -> date.with(TemporalAdjusters.lastInMonth(date.getDayOfWeek()));
            case MONTHLY_ON_DAY, YEARLY -> date.getDayOfMonth() > 28 ? date.withDayOfMonth(28) : date;
            case WEEKDAYS -> date.getDayOfWeek().getValue() > DayOfWeek.FRIDAY.getValue()
                    ? date.with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                    : date;
            default -> date;
        };
    }
}
