package io.calendarsync.testing;

import io.calendarsync.model.DatedNote;
import io.calendarsync.model.Frequency;
import io.calendarsync.model.Meeting;
import io.calendarsync.model.Schedule;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds validated meetings for tests, with the defaults calendar.yaml has. */
public final class MeetingBuilder {

    private final String id;
    private String name = "Community call";
    private LocalDate date = LocalDate.of(2025, 4, 15);
    private LocalTime start = LocalTime.of(8, 0);
    private LocalTime end = LocalTime.of(8, 55);
    private ZoneId zone = ZoneId.of("America/Los_Angeles");
    private Frequency frequency = Frequency.ONCE;
    private int interval = 1;
    private Optional<LocalDate> until = Optional.empty();
    private Optional<Integer> count = Optional.empty();
    private final List<DatedNote> skipped = new ArrayList<>();
    private final List<DatedNote> extra = new ArrayList<>();
    private final List<String> attendees = new ArrayList<>();
    private Optional<String> video = Optional.empty();
    private String description = "";
    private Optional<String> organizer = Optional.empty();

    private MeetingBuilder(String id) {
        this.id = id;
    }

    public static MeetingBuilder meeting(String id) {
        return new MeetingBuilder(id);
    }

    public MeetingBuilder name(String value) {
        name = value;
        return this;
    }

    public MeetingBuilder date(String isoDate) {
        date = LocalDate.parse(isoDate);
        return this;
    }

    public MeetingBuilder time(String startTime, String endTime) {
        start = LocalTime.parse(startTime);
        end = LocalTime.parse(endTime);
        return this;
    }

    public MeetingBuilder zone(String zoneId) {
        zone = ZoneId.of(zoneId);
        return this;
    }

    public MeetingBuilder every(Frequency value) {
        frequency = value;
        return this;
    }

    public MeetingBuilder every(Frequency value, int intervalValue) {
        frequency = value;
        interval = intervalValue;
        return this;
    }

    public MeetingBuilder until(String isoDate) {
        until = Optional.of(LocalDate.parse(isoDate));
        return this;
    }

    public MeetingBuilder count(int value) {
        count = Optional.of(value);
        return this;
    }

    public MeetingBuilder skip(String isoDate, String reason) {
        skipped.add(new DatedNote(LocalDate.parse(isoDate), reason));
        return this;
    }

    public MeetingBuilder extra(String isoDate, String reason) {
        extra.add(new DatedNote(LocalDate.parse(isoDate), reason));
        return this;
    }

    public MeetingBuilder attendee(String email) {
        attendees.add(email);
        return this;
    }

    public MeetingBuilder video(String link) {
        video = Optional.of(link);
        return this;
    }

    public MeetingBuilder description(String text) {
        description = text;
        return this;
    }

    public MeetingBuilder organizer(String value) {
        organizer = Optional.of(value);
        return this;
    }

    public Meeting build() {
        Schedule schedule = new Schedule(frequency, interval, until, count, skipped, extra);
        return new Meeting(id, name, date, start, end, zone, schedule, attendees, video, description, organizer, 1);
    }
}
