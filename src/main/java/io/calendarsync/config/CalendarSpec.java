package io.calendarsync.config;

import java.util.List;

/** A calendar.yaml file as written: its name as given and its list items in file order. */
public record CalendarSpec(String file, List<MeetingSpec> meetings) {

    public CalendarSpec {
        file = file == null ? "" : file;
        meetings = List.copyOf(meetings);
    }
}
