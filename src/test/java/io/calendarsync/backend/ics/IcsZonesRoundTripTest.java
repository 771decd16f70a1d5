package io.calendarsync.backend.ics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.calendarsync.backend.TargetEvent;
import io.calendarsync.backend.TargetSnapshot;
import io.calendarsync.model.Frequency;
import io.calendarsync.model.Meeting;
import io.calendarsync.model.Schedule;
import io.calendarsync.plan.Plan;
import io.calendarsync.plan.PlanOptions;
import io.calendarsync.plan.Planner;
import io.calendarsync.plan.RemovalPolicy;
import io.calendarsync.recurrence.EventMapper;
import io.calendarsync.recurrence.RecurrenceQueries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Zones whose history trips up iCalendar writers: Tokyo and Seoul had daylight saving decades ago,
 * Sao Paulo and Moscow dropped it, Chatham and Kolkata have odd offsets, Lord Howe moves by 30 minutes.
 * Every one must write the local time the meeting says and read back with no changes.
 */
class IcsZonesRoundTripTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"Asia/Tokyo", "Asia/Seoul", "America/Sao_Paulo", "Europe/Moscow", "Pacific/Chatham",
            "Asia/Kolkata", "Australia/Lord_Howe", "Africa/Casablanca", "America/Santiago", "Etc/UTC",
            "Europe/Dublin", "America/St_Johns", "Pacific/Apia"})
    void writtenLocalTimeReadsBackUnchanged(String zoneId) throws IOException {
        ZoneId zone = ZoneId.of(zoneId);
        List<Meeting> meetings = List.of(
                meeting("kf100", zone, "2026-08-08", Frequency.WEEKLY),
                meeting("kf101", zone, "2026-01-13", Frequency.MONTHLY_NTH),
                meeting("kf102", zone, "2026-03-29", Frequency.ONCE));
        EventMapper mapper = new EventMapper();
        Planner planner = new Planner(mapper, new RecurrenceQueries());
        IcsTarget target = new IcsTarget(dir.resolve("calendar.ics"), CLOCK);
        PlanOptions options = new PlanOptions(CLOCK.instant(), RemovalPolicy.END);

        target.apply(planner.plan(target.name(), meetings, target.read(), options));
        String text = Files.readString(dir.resolve("calendar.ics"));
        TargetSnapshot snapshot = target.read();
        Plan again = planner.plan(target.name(), meetings, snapshot, options);

        assertTrue(text.contains("DTSTART;TZID=" + zoneId + ":20260808T173000"), text);
        assertEquals(3, snapshot.events().size());
        for (TargetEvent event : snapshot.events()) {
            assertEquals(LocalTime.of(17, 30), event.event().start().toLocalTime(), event.id());
        }
        assertEquals(List.of(), again.changes());
    }

    private static Meeting meeting(String id, ZoneId zone, String date, Frequency frequency) {
        Schedule schedule = frequency == Frequency.ONCE ? Schedule.once() : Schedule.of(frequency, 1, Optional.empty());
        return new Meeting(id, "Meeting " + id, LocalDate.parse(date), LocalTime.of(17, 30), LocalTime.of(18, 10), zone,
                schedule, List.of(), Optional.empty(), "", Optional.empty(), 1);
    }
}
