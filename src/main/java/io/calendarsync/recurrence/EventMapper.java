package io.calendarsync.recurrence;

import io.calendarsync.model.DatedNote;
import io.calendarsync.model.Event;
import io.calendarsync.model.Meeting;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Turns a validated meeting into the event every target writes. Start and end are local date-times in the
 * meeting's IANA zone, and the recurrence lines come in a fixed order (RRULE, then EXDATE and RDATE lines
 * by date), so the same meeting always maps to the same event.
 */
public final class EventMapper implements Function<Meeting, Event> {

    @Override
    public Event apply(Meeting meeting) {
        return toEvent(meeting);
    }

    public Event toEvent(Meeting meeting) {
        LocalDateTime start = meeting.date().atTime(meeting.start());
        LocalDateTime end = meeting.date().atTime(meeting.end());
        if (meeting.endsNextDay()) {
            end = end.plusDays(1);
        }
        return new Event(
                meeting.id(),
                meeting.name(),
                meeting.description(),
                meeting.video().orElse(""),
                start,
                end,
                meeting.zone(),
                recurrence(meeting),
                meeting.attendees(),
                meeting.organizer().orElse(""));
    }

    public List<Event> toEvents(List<Meeting> meetings) {
        return meetings.stream().map(this::toEvent).toList();
    }

    private static List<String> recurrence(Meeting meeting) {
        List<String> lines = new ArrayList<>();
        Rrules.forMeeting(meeting).ifPresent(lines::add);
        lines.addAll(dateLines("EXDATE", meeting, meeting.schedule().skipped()));
        lines.addAll(dateLines("RDATE", meeting, meeting.schedule().extra()));
        return lines;
    }

    /** Writes one line per date at the meeting's start time in its zone, and a date listed twice once. */
    private static List<String> dateLines(String name, Meeting meeting, List<DatedNote> dates) {
        TreeSet<LocalDateTime> starts = new TreeSet<>();
        for (DatedNote date : dates) {
            starts.add(date.date().atTime(meeting.start()));
        }
        return starts.stream().map(start -> DateLines.line(name, meeting.zone(), start)).toList();
    }
}
