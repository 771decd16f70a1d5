package io.calendarsync.validate;

import io.calendarsync.config.SourceLocation;
import io.calendarsync.recurrence.Occurrence;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Warns about meetings that share a video room and overlap. Meetings are grouped by {@link VideoRooms#room},
 * and within a room the occurrences of the horizon are swept in start order, comparing each with those
 * still running. Start and end are instants, so meetings in different zones and across DST changes are
 * compared as they really happen. Meeting back to back, one ending as the other starts, is no overlap.
 *
 * <p>The sweep costs one comparison per pair of occurrences that run at the same time in one room, which is
 * linear in the number of occurrences while a room holds a few meetings at once.
 */
final class RoomConflicts {

    /** How many other clashing meetings a warning names before it only counts them. */
    static final int MAX_NAMED = 3;

    private static final DateTimeFormatter UTC_DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    /** One occurrence in a room; {@code meeting} is the meeting's position in the room, in file order. */
    private record Slot(int meeting, Occurrence occurrence, Instant start, Instant end) {
    }

    /** The first overlap of two meetings of a room and how many of their occurrences overlap. */
    private static final class Clash {
        final Slot earlier;
        final Slot later;
        int count = 1;

        Clash(Slot earlier, Slot later) {
            this.earlier = earlier;
            this.later = later;
        }

        Instant start() {
            return later.start().isAfter(earlier.start()) ? later.start() : earlier.start();
        }
    }

    private RoomConflicts() {
    }

    static void check(List<MeetingOutlook> outlooks, Map<String, MeetingProblems> problems) {
        Map<String, List<MeetingOutlook>> rooms = new LinkedHashMap<>();
        for (MeetingOutlook outlook : outlooks) {
            Optional<String> room = outlook.meeting().video().flatMap(VideoRooms::room);
            if (room.isPresent() && !outlook.upcoming().isEmpty()) {
                rooms.computeIfAbsent(room.get(), key -> new ArrayList<>()).add(outlook);
            }
        }
        for (List<MeetingOutlook> room : rooms.values()) {
            if (room.size() > 1) {
                report(room, sweep(room), problems);
            }
        }
    }

    /** Returns the first clash of every pair of meetings that overlap, keyed by {@link #pair}. */
    private static Map<Long, Clash> sweep(List<MeetingOutlook> room) {
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < room.size(); i++) {
            for (Occurrence occurrence : room.get(i).upcoming()) {
                slots.add(new Slot(i, occurrence, occurrence.start().toInstant(), occurrence.end().toInstant()));
            }
        }
        slots.sort(Comparator.comparing(Slot::start).thenComparingInt(Slot::meeting));

        Map<Long, Clash> clashes = new HashMap<>();
        List<Slot> running = new ArrayList<>();
        for (Slot slot : slots) {
            running.removeIf(other -> !other.end().isAfter(slot.start()));
            for (Slot other : running) {
                if (other.meeting() == slot.meeting()) {
                    continue;
                }
                boolean otherFirst = other.meeting() < slot.meeting();
                Clash clash = clashes.putIfAbsent(pair(other.meeting(), slot.meeting()),
                        otherFirst ? new Clash(other, slot) : new Clash(slot, other));
                if (clash != null) {
                    clash.count++;
                }
            }
            running.add(slot);
        }
        return clashes;
    }

    private static long pair(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    /**
     * Gives each meeting that overlaps an earlier meeting of the file one warning, naming the meeting it
     * overlaps first and counting the others, so a pair of meetings is reported once.
     */
    private static void report(List<MeetingOutlook> room, Map<Long, Clash> clashes, Map<String, MeetingProblems> problems) {
        Map<Integer, List<Clash>> byLater = new HashMap<>();
        for (Clash clash : clashes.values()) {
            byLater.computeIfAbsent(clash.later.meeting(), key -> new ArrayList<>()).add(clash);
        }
        for (int i = 0; i < room.size(); i++) {
            List<Clash> found = byLater.get(i);
            if (found == null) {
                continue;
            }
            found.sort(Comparator.comparing(Clash::start).thenComparingInt(clash -> clash.earlier.meeting()));
            MeetingOutlook meeting = room.get(i);
            problems.get(meeting.id()).warning("video", location(meeting), message(room, meeting, found),
                    "move one of the meetings, skip the dates they overlap, or give one of them its own video link");
        }
    }

    private static String message(List<MeetingOutlook> room, MeetingOutlook meeting, List<Clash> found) {
        Clash first = found.get(0);
        MeetingOutlook other = room.get(first.earlier.meeting());
        StringBuilder message = new StringBuilder();
        message.append(meeting.id()).append(" and ").append(other.id()).append(" (line ")
                .append(other.meeting().line()).append(") use the same video room and overlap, first at ")
                .append(UTC_DAY_TIME.format(first.start().atOffset(ZoneOffset.UTC))).append(" UTC (")
                .append(other.id()).append(": ").append(OccurrenceTexts.dayAndTimes(first.earlier.occurrence()))
                .append(", ").append(meeting.id()).append(": ")
                .append(OccurrenceTexts.dayAndTimes(first.later.occurrence())).append(")");
        message.append("; ").append(first.count).append(first.count == 1 ? " occurrence overlaps" : " occurrences overlap")
                .append(" in the next 12 months");
        if (found.size() > 1) {
            List<String> others = found.subList(1, found.size()).stream()
                    .map(clash -> room.get(clash.earlier.meeting()).id())
                    .toList();
            message.append("; ").append(meeting.id()).append(" also overlaps ").append(names(others));
        }
        return message.toString();
    }

    /** {@code kf1}, {@code kf1 and kf2}, {@code kf1, kf2, kf3 and 4 more}. */
    private static String names(List<String> ids) {
        if (ids.size() == 1) {
            return ids.get(0);
        }
        if (ids.size() <= MAX_NAMED) {
            return String.join(", ", ids.subList(0, ids.size() - 1)) + " and " + ids.get(ids.size() - 1);
        }
        return String.join(", ", ids.subList(0, MAX_NAMED)) + " and " + (ids.size() - MAX_NAMED) + " more";
    }

    private static SourceLocation location(MeetingOutlook outlook) {
        return outlook.spec().video() == null ? outlook.spec().location() : outlook.spec().video().location();
    }
}
