package io.calendarsync.backend.ics;

import static io.calendarsync.testing.MeetingBuilder.meeting;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.calendarsync.backend.ApplyResult;
import io.calendarsync.backend.TargetEvent;
import io.calendarsync.backend.TargetSnapshot;
import io.calendarsync.model.CalendarSyncException;
import io.calendarsync.model.Event;
import io.calendarsync.model.Frequency;
import io.calendarsync.model.Meeting;
import io.calendarsync.plan.Change;
import io.calendarsync.plan.ChangeKind;
import io.calendarsync.plan.EventField;
import io.calendarsync.plan.Plan;
import io.calendarsync.plan.PlanOptions;
import io.calendarsync.plan.Planner;
import io.calendarsync.plan.RemovalPolicy;
import io.calendarsync.recurrence.EventMapper;
import io.calendarsync.recurrence.RecurrenceQueries;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IcsTargetTest {

    private static final Instant NOW = Instant.parse("2025-04-01T12:00:00Z");
    private static final Instant LATER = Instant.parse("2025-05-02T09:30:00Z");

    @TempDir
    Path directory;

    private final EventMapper mapper = new EventMapper();
    private final Planner planner = new Planner(mapper, new RecurrenceQueries());

    private IcsTarget target(Instant clock) {
        return new IcsTarget(directory.resolve("calendar.ics"), Clock.fixed(clock, ZoneOffset.UTC));
    }

    private Plan plan(IcsTarget target, List<Meeting> meetings, Instant now) {
        return planner.plan(target.name(), meetings, target.read(), new PlanOptions(now, RemovalPolicy.END));
    }

    private ApplyResult sync(List<Meeting> meetings, Instant now) {
        IcsTarget target = target(now);
        return target.apply(plan(target, meetings, now));
    }

    private byte[] fileBytes() throws IOException {
        return Files.readAllBytes(directory.resolve("calendar.ics"));
    }

    private String fileText() throws IOException {
        return Files.readString(directory.resolve("calendar.ics"), StandardCharsets.UTF_8);
    }

    static List<Meeting> sampleMeetings() {
        return List.of(
                meeting("kf032").name("Kubeflow Community Call").date("2025-04-15").every(Frequency.WEEKLY, 2)
                        .video("https://zoom.example.com/j/55555555555?pwd=PLACEHOLDER")
                        .attendee("member2@example.org").organizer("member4@example.org")
                        .description("Notes & agenda: https://notes.example.org/meeting-notes\n\n"
                                + "Join with Zoom; Meeting ID: 000, Passcode: 000000 \\ backslash")
                        .build(),
                meeting("kf050").name("Notebooks WG (EMEA)").zone("Europe/London").date("2025-01-30")
                        .time("17:00", "18:00").every(Frequency.MONTHLY_LAST).count(10).build(),
                meeting("kf051").name("Ünïcödé 🎉 Sync").zone("Australia/Sydney").date("2025-03-30")
                        .time("10:00", "11:00").every(Frequency.WEEKLY).until("2025-12-31")
                        .skip("2025-04-06", "holiday").extra("2025-04-10", "make-up")
                        .description("Ünïcödé ".repeat(30)).build(),
                meeting("kf052").name("Late release sync").zone("Etc/UTC").date("2025-04-18")
                        .time("23:30", "00:30").every(Frequency.WEEKDAYS).build(),
                meeting("kf053").name("Planning").zone("Europe/Madrid").date("2025-04-09")
                        .every(Frequency.MONTHLY_NTH, 3).build(),
                meeting("kf054").name("Anniversary").date("2025-04-15").every(Frequency.YEARLY).build(),
                meeting("kf055").name("Standup").date("2025-04-15").every(Frequency.DAILY).count(30).build(),
                meeting("kf056").name("Payroll").date("2025-04-15").every(Frequency.MONTHLY_ON_DAY).build(),
                meeting("kf057").name("Kick-off").date("2025-04-15").time("13:00", "14:00").build());
    }

    @Test
    void missingFileIsEmptyCalendar() {
        TargetSnapshot snapshot = target(NOW).read();

        assertEquals(List.of(), snapshot.events());
    }

    @Test
    void emptyCalendarCreatesNoFile() {
        sync(List.of(), NOW);

        assertFalse(Files.exists(directory.resolve("calendar.ics")));
    }

    @Test
    void removingEveryEventKeepsEmptyFile() throws IOException {
        Meeting future = meeting("kf059").date("2025-06-03").every(Frequency.WEEKLY).build();
        sync(List.of(future), NOW);

        sync(List.of(), NOW);

        assertEquals("BEGIN:VCALENDAR\r\nPRODID:" + IcsProperties.PRODID + "\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\n"
                + "END:VCALENDAR\r\n", fileText());
        assertEquals(List.of(), target(NOW).read().events());
    }

    @Test
    void writeThenReadGivesSameEvents() {
        List<Meeting> meetings = sampleMeetings();

        ApplyResult result = sync(meetings, NOW);
        TargetSnapshot snapshot = target(NOW).read();

        assertEquals(meetings.size(), result.created());
        assertEquals(meetings.size(), snapshot.events().size());
        for (Meeting meeting : meetings) {
            Event desired = mapper.toEvent(meeting);
            TargetEvent stored = snapshot.find(meeting.id()).orElseThrow();
            assertTrue(stored.managed(), meeting.id());
            assertFalse(stored.cancelled(), meeting.id());
            for (EventField field : EventField.values()) {
                assertEquals(field.canonical(desired), field.canonical(stored.event()), meeting.id() + " " + field.key());
            }
            assertEquals(EventField.hashes(desired), stored.appliedHashes(), meeting.id());
        }
    }

    @Test
    void planAfterApplyHasNoChanges() {
        List<Meeting> meetings = sampleMeetings();
        sync(meetings, NOW);

        IcsTarget target = target(LATER);
        Plan again = plan(target, meetings, LATER);

        assertFalse(again.hasChanges(), () -> again.changes().toString());
        assertEquals(meetings.size(), again.unchanged());
    }

    /** RFC 5545 escapes backslash, comma, semicolon and line break; a backslash before n is the hard case. */
    @Test
    void escapedTextReadsBackExactly() {
        List<String> texts = List.of("C:\\new\\notes", "a\\\nb", "ends with \\", "\\,\\;\\\\n", "x\\\n\\");
        List<Meeting> meetings = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            meetings.add(meeting("kf10" + i).name("Sync " + texts.get(i)).description(texts.get(i))
                    .video("https://zoom.example/j/1?pwd=a\\b,c;d").build());
        }
        sync(meetings, NOW);

        TargetSnapshot snapshot = target(NOW).read();

        for (int i = 0; i < texts.size(); i++) {
            Event stored = snapshot.find("kf10" + i).orElseThrow().event();
            assertEquals("Sync " + texts.get(i), stored.summary());
            assertEquals(texts.get(i), stored.description());
            assertEquals("https://zoom.example/j/1?pwd=a\\b,c;d", stored.location());
        }
    }

    @Test
    void applyTwiceGivesIdenticalBytes() throws IOException {
        List<Meeting> meetings = sampleMeetings();
        sync(meetings, NOW);
        byte[] first = fileBytes();

        sync(meetings, LATER);

        assertArrayEquals(first, fileBytes());
    }

    @Test
    void samePlanTwiceKeepsStamps() throws IOException {
        List<Meeting> meetings = sampleMeetings();
        IcsTarget target = target(NOW);
        Plan plan = plan(target, meetings, NOW);
        target.apply(plan);
        byte[] first = fileBytes();

        target(LATER).apply(plan);

        assertArrayEquals(first, fileBytes());
    }

    @Test
    void changedEventGetsNewStampAndSequence() throws IOException {
        List<Meeting> meetings = sampleMeetings();
        sync(meetings, NOW);
        List<Meeting> renamed = new ArrayList<>(meetings);
        renamed.set(0, meeting("kf032").name("Kubeflow Community Call (new time)").date("2025-04-15")
                .every(Frequency.WEEKLY, 2).build());

        sync(renamed, LATER);
        String text = fileText();

        String changed = vevent(text, "kf032");
        String untouched = vevent(text, "kf050");
        assertTrue(changed.contains("DTSTAMP:20250502T093000Z"), changed);
        assertTrue(changed.contains("SEQUENCE:1"), changed);
        assertTrue(untouched.contains("DTSTAMP:20250401T120000Z"), untouched);
        assertTrue(untouched.contains("SEQUENCE:0"), untouched);
    }

    @Test
    void datesAreWrittenAsTheEventHasThem() throws IOException {
        // ical4j's own zone data once moved this start to 13:00; the file must carry the JDK's reading.
        Meeting meeting = meeting("kf058").zone("America/Sao_Paulo").date("2025-02-03").time("12:00", "13:00")
                .every(Frequency.WEEKLY).skip("2025-02-10", "").build();

        sync(List.of(meeting), NOW);
        String text = fileText();

        assertTrue(text.contains("DTSTART;TZID=America/Sao_Paulo:20250203T120000\r\n"), text);
        assertTrue(text.contains("DTEND;TZID=America/Sao_Paulo:20250203T130000\r\n"), text);
        assertTrue(text.contains("RRULE:FREQ=WEEKLY;BYDAY=MO\r\n"), text);
        assertTrue(text.contains("EXDATE;TZID=America/Sao_Paulo:20250210T120000\r\n"), text);
    }

    @Test
    void removedMeetingsEndOrGo() throws IOException {
        Meeting started = meeting("kf060").date("2025-03-04").every(Frequency.WEEKLY).build();
        Meeting future = meeting("kf061").date("2025-06-03").every(Frequency.WEEKLY).build();
        Meeting remaining = meeting("kf062").date("2025-03-04").build();
        sync(List.of(started, future, remaining), NOW);

        IcsTarget target = target(LATER);
        Plan plan = plan(target, List.of(remaining), LATER);
        ApplyResult result = target.apply(plan);
        TargetSnapshot snapshot = target.read();

        assertEquals(2, result.removed());
        assertEquals(Optional.empty(), snapshot.find("kf061"));
        // The last Tuesday before 2025-05-02 is 2025-04-29, 08:00 in Los Angeles (15:00 UTC).
        assertEquals(List.of("RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20250429T150000Z"),
                snapshot.find("kf060").orElseThrow().event().recurrence());
        assertTrue(snapshot.find("kf062").isPresent());
    }

    @Test
    void unmanagedEventsStayUntouched() throws IOException {
        String foreign = String.join("\r\n",
                "BEGIN:VCALENDAR",
                "PRODID:-//Example Corp.//Other Tool//EN",
                "VERSION:2.0",
                "X-WR-CALNAME:Community",
                "BEGIN:VTIMEZONE",
                "TZID:Custom/Office",
                "BEGIN:STANDARD",
                "DTSTART:19700101T000000",
                "TZOFFSETFROM:+0530",
                "TZOFFSETTO:+0530",
                "END:STANDARD",
                "END:VTIMEZONE",
                "BEGIN:VEVENT",
                "UID:someone-elses-event@example.org",
                "DTSTAMP:20240101T000000Z",
                "DTSTART;TZID=Custom/Office:20250410T090000",
                "DTEND;TZID=Custom/Office:20250410T100000",
                "SUMMARY:Office hours",
                "BEGIN:VALARM",
                "ACTION:DISPLAY",
                "DESCRIPTION:Reminder",
                "TRIGGER:-PT15M",
                "END:VALARM",
                "END:VEVENT",
                "END:VCALENDAR",
                "");
        Files.writeString(directory.resolve("calendar.ics"), foreign);

        sync(sampleMeetings(), NOW);
        String text = fileText();
        sync(sampleMeetings(), LATER);

        assertTrue(text.contains("UID:someone-elses-event@example.org"), text);
        assertTrue(text.contains("TRIGGER:-PT15M"), text);
        assertTrue(text.contains("TZID:Custom/Office"), text);
        assertTrue(text.contains("X-WR-CALNAME:Community"), text);
        assertTrue(text.contains("PRODID:" + IcsProperties.PRODID), text);
        assertEquals(text, fileText());
        // A zone the JDK does not know cannot be read into an event, so the event is left out of the snapshot.
        assertEquals(Optional.empty(), target(NOW).read().find("someone-elses-event@example.org"));
    }

    @Test
    void foreignEventReadAsUnmanaged() throws IOException {
        Files.writeString(directory.resolve("calendar.ics"), String.join("\r\n",
                "BEGIN:VCALENDAR",
                "PRODID:-//Example Corp.//Other Tool//EN",
                "VERSION:2.0",
                "BEGIN:VEVENT",
                "UID:kf070",
                "DTSTAMP:20240101T000000Z",
                "DTSTART:20250410T160000Z",
                "DURATION:PT45M",
                "SUMMARY:Office hours",
                "ORGANIZER:mailto:someone@example.org",
                "END:VEVENT",
                "END:VCALENDAR",
                ""));

        TargetEvent event = target(NOW).read().find("kf070").orElseThrow();

        assertFalse(event.managed());
        assertEquals(Instant.parse("2025-04-10T16:45:00Z"), event.event().end().atZone(event.event().zone()).toInstant());
        assertEquals("someone@example.org", event.event().organizer());
    }

    @Test
    void linesAreFoldedWithCrlf() throws IOException {
        sync(sampleMeetings(), NOW);
        byte[] bytes = fileBytes();
        String text = new String(bytes, StandardCharsets.UTF_8);

        assertTrue(text.endsWith("END:VCALENDAR\r\n"));
        assertFalse(text.replace("\r\n", "").contains("\n"), "bare LF in the file");
        assertFalse(text.replace("\r\n", "").contains("\r"), "bare CR in the file");
        for (String line : text.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        assertTrue(text.contains("\r\n "), "no folded line although descriptions are long");
    }

    @Test
    void everyTzidHasVtimezone() throws IOException {
        sync(sampleMeetings(), NOW);
        String text = fileText().replace("\r\n ", "");

        List<String> used = Stream.of(text.split("\r\n"))
                .filter(line -> line.contains(";TZID="))
                .map(line -> line.substring(line.indexOf(";TZID=") + 6, line.indexOf(':')))
                .distinct()
                .toList();
        assertEquals(List.of("America/Los_Angeles", "Europe/London", "Australia/Sydney", "Etc/UTC", "Europe/Madrid"),
                used);
        for (String tzid : used) {
            assertTrue(text.contains("BEGIN:VTIMEZONE\r\nTZID:" + tzid + "\r\n"), tzid);
        }
    }

    @Test
    void outputValidatesWithBiweekly() throws IOException {
        sync(sampleMeetings(), NOW);

        biweekly.ICalendar calendar = biweekly.Biweekly.parse(fileText()).first();
        biweekly.ValidationWarnings warnings = calendar.validate(biweekly.ICalVersion.V2_0);

        assertTrue(warnings.isEmpty(), warnings::toString);
        assertEquals(sampleMeetings().size(), calendar.getEvents().size());
    }

    @Test
    void unparsableFileNamesFileAndLine() throws IOException {
        Path file = directory.resolve("calendar.ics");
        Files.writeString(file, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:not-a-date\r\n");

        CalendarSyncException error = assertThrows(CalendarSyncException.class, () -> target(NOW).read());

        assertEquals(CalendarSyncException.Kind.TARGET, error.kind());
        assertTrue(error.getMessage().startsWith(file.toString() + ":"), error.getMessage());
        assertTrue(error.getMessage().contains("invalid iCalendar data"), error.getMessage());
    }

    @Test
    void deviceTargetIsTargetError() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "needs /dev/zero");
        IcsTarget target = new IcsTarget(zero, Clock.fixed(NOW, ZoneOffset.UTC));

        CalendarSyncException error = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(CalendarSyncException.class, target::read));

        assertEquals(CalendarSyncException.Kind.TARGET, error.kind());
        assertEquals("cannot read /dev/zero: it is not a regular file; give the path of an iCalendar file",
                error.getMessage());
    }

    @Test
    void oversizedTargetIsTargetError() throws IOException {
        Path file = directory.resolve("calendar.ics");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(IcsDocument.MAX_FILE_BYTES + 1);
        }

        CalendarSyncException error = assertThrows(CalendarSyncException.class, () -> target(NOW).read());

        assertEquals(CalendarSyncException.Kind.TARGET, error.kind());
        assertTrue(error.getMessage().startsWith("cannot read " + file + ": it has 32.0 MB, more than the 32 MB"),
                error.getMessage());
    }

    @Test
    void brokenManagedEventIsTargetError() throws IOException {
        sync(sampleMeetings(), NOW);
        Path file = directory.resolve("calendar.ics");
        Files.writeString(file, fileText().replace("TZID=Europe/Madrid:", "TZID=Europe/Atlantis:"));

        CalendarSyncException error = assertThrows(CalendarSyncException.class, () -> target(NOW).read());

        assertEquals(CalendarSyncException.Kind.TARGET, error.kind());
        assertTrue(error.getMessage().contains("kf053"), error.getMessage());
        assertTrue(error.getMessage().contains("Europe/Atlantis"), error.getMessage());
    }

    @Test
    void failedApplyKeepsOldFile() throws IOException {
        sync(sampleMeetings(), NOW);
        byte[] before = fileBytes();
        Event broken = mapper.toEvent(sampleMeetings().get(0)).withRecurrence(List.of("RRULE:FREQ=SOMETIMES"));
        Plan plan = new Plan("ics", List.of(new Change(ChangeKind.UPDATE, broken.id(), Optional.empty(),
                Optional.empty(), Optional.of(broken), List.of(), "test")), 0, 0);

        CalendarSyncException error = assertThrows(CalendarSyncException.class, () -> target(LATER).apply(plan));

        assertEquals(CalendarSyncException.Kind.TARGET, error.kind());
        assertTrue(error.getMessage().contains("SOMETIMES"), error.getMessage());
        assertArrayEquals(before, fileBytes());
        try (Stream<Path> files = Files.list(directory)) {
            assertEquals(List.of(directory.resolve("calendar.ics")), files.toList());
        }
    }

    @Test
    void unwritableDirectoryIsTargetError() {
        IcsTarget target = new IcsTarget(directory.resolve("missing").resolve("calendar.ics"),
                Clock.fixed(NOW, ZoneOffset.UTC));
        Plan plan = plan(target, sampleMeetings(), NOW);

        CalendarSyncException error = assertThrows(CalendarSyncException.class, () -> target.apply(plan));

        assertEquals(CalendarSyncException.Kind.TARGET, error.kind());
        assertTrue(error.getMessage().startsWith("cannot write " + directory.resolve("missing")), error.getMessage());
    }

    @Test
    void eventsSortedById() throws IOException {
        List<Meeting> reversed = new ArrayList<>(sampleMeetings());
        Collections.reverse(reversed);
        sync(reversed, NOW);

        List<String> uids = Stream.of(fileText().split("\r\n"))
                .filter(line -> line.startsWith("UID:"))
                .toList();

        assertEquals(uids.stream().sorted().toList(), uids);
    }

    @Test
    void nameShowsFile() {
        assertEquals("ics:" + directory.resolve("calendar.ics"), target(NOW).name());
    }

    private static String vevent(String text, String uid) {
        String unfolded = text.replace("\r\n ", "");
        int start = unfolded.indexOf("BEGIN:VEVENT\r\nUID:" + uid + "\r\n");
        return unfolded.substring(start, unfolded.indexOf("END:VEVENT", start));
    }
}
