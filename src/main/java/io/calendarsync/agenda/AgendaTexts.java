package io.calendarsync.agenda;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Wording that the text and Markdown agendas share. */
final class AgendaTexts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd", Locale.ROOT);
    private static final DateTimeFormatter WEEKDAY_TIME = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private AgendaTexts() {
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** {@code Tue 2025-07-01 to Mon 2025-07-14 (America/Los_Angeles)}. */
    static String span(Agenda agenda) {
        return day(agenda.firstDay()) + " to " + day(agenda.lastDay()) + " (" + agenda.zone().getId() + ")";
    }

    static String tally(Agenda agenda) {
        int occurrences = agenda.entries().size();
        int meetings = agenda.meetingCount();
        return occurrences + (occurrences == 1 ? " occurrence" : " occurrences") + " of " + meetings
                + (meetings == 1 ? " meeting" : " meetings");
    }

    static String empty(Agenda agenda) {
        return "No meetings from " + span(agenda) + ".";
    }

    /** The local start and end with the zone: {@code Tue 2025-07-01 08:00–08:55 America/Los_Angeles}. */
    static String local(AgendaEntry entry) {
        return DAY.format(entry.start()) + " " + TIME.format(entry.start()) + "–" + endTime(entry.start(), entry.end())
                + " " + entry.start().getZone().getId();
    }

    /** The same times in UTC: {@code Tue 15:00–15:55 UTC}. */
    static String utc(AgendaEntry entry) {
        ZonedDateTime start = entry.start().withZoneSameInstant(ZoneOffset.UTC);
        ZonedDateTime end = entry.end().withZoneSameInstant(ZoneOffset.UTC);
        return WEEKDAY_TIME.format(start) + "–" + endTime(start, end) + " UTC";
    }

    /** The end's time, with its weekday when the meeting runs past midnight. */
    private static String endTime(ZonedDateTime start, ZonedDateTime end) {
        return end.toLocalDate().equals(start.toLocalDate()) ? TIME.format(end) : WEEKDAY_TIME.format(end);
    }
}
