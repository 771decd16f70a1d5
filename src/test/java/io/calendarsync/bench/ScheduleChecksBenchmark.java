package io.calendarsync.bench;

import io.calendarsync.agenda.Agenda;
import io.calendarsync.agenda.AgendaBuilder;
import io.calendarsync.validate.CalendarValidator;
import io.calendarsync.validate.ValidationOptions;
import io.calendarsync.validate.ValidationResult;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Times validation, which includes the schedule checks, of one generated calendar with its video links
 * spread over a given number of rooms, and an agenda of the validated meetings. Prints one tab-separated
 * row: meetings, rooms, first validation ms, median of the next {@link #RUNS} validations ms, warnings,
 * 14-day agenda ms, 366-day agenda ms, agenda entries. bench/schedules.sh runs it once per case in a fresh
 * JVM; it is a program, not a test, because timings on a shared machine are too noisy for assertions.
 */
public final class ScheduleChecksBenchmark {

    static final int RUNS = 3;

    private ScheduleChecksBenchmark() {
    }

    /** Arguments: the number of meetings and of rooms; 0 rooms gives every meeting a room of its own. */
    public static void main(String[] args) {
        int size = Integer.parseInt(args[0]);
        int rooms = Integer.parseInt(args[1]);
        String yaml = withRooms(CalendarGenerator.generate(size), rooms);
        ValidationOptions options = new ValidationOptions(ZoneId.of("America/Los_Angeles"),
                Instant.parse("2026-06-01T12:00:00Z"));

        long start = System.nanoTime();
        ValidationResult result = new CalendarValidator(options).validate("calendar.yaml", yaml);
        double first = millis(start);
        if (!result.valid()) {
            throw new IllegalStateException("the generated calendar is invalid: " + result.errors().get(0).format());
        }
        List<Double> again = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            start = System.nanoTime();
            new CalendarValidator(options).validate("calendar.yaml", yaml);
            again.add(millis(start));
        }
        Collections.sort(again);

        AgendaBuilder builder = new AgendaBuilder();
        start = System.nanoTime();
        builder.build(result.meetings(), LocalDate.parse("2026-06-01"), 14, options.defaultZone());
        double twoWeeks = millis(start);
        start = System.nanoTime();
        Agenda year = builder.build(result.meetings(), LocalDate.parse("2026-06-01"), 366, options.defaultZone());
        double wholeYear = millis(start);

        System.out.printf(Locale.ROOT, "%d\t%d\t%.0f\t%.0f\t%d\t%.0f\t%.0f\t%d%n", size, rooms, first,
                again.get(RUNS / 2), result.warnings().size(), twoWeeks, wholeYear, year.entries().size());
    }

    /** Rewrites the generator's 50 video rooms into {@code rooms} rooms, or one room per meeting for 0. */
    private static String withRooms(String yaml, int rooms) {
        StringBuilder out = new StringBuilder(yaml.length());
        int meeting = 0;
        for (String line : yaml.split("\n", -1)) {
            if (line.startsWith("  video: ")) {
                int room = rooms == 0 ? meeting : meeting % rooms;
                line = "  video: https://meet.example.org/room-" + room;
                meeting++;
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    private static double millis(long from) {
        return (System.nanoTime() - from) / 1_000_000.0;
    }
}
