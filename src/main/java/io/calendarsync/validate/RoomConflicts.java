package io.calendarsync.validate;

import io.calendarsync.config.SourceLocation;
import io.calendarsync.recurrence.Occurrence;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
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
 * <p>A clash is reported once, on the meeting that comes later in the file, so each meeting gets at most
 * one warning: it names the earlier meeting it overlaps first and lists the other earlier ones.
 *
 * <p>The sweep does constant work for each pair of occurrences that run at the same time in one room, so
 * it is linear in the number of occurrences while only a few meetings of a room run at once, and grows
 * with the number of meetings running at once beyond that.
 */
final class RoomConflicts {

    /** How many other clashing meetings a warning names before it only counts them. */
    static final int MAX_NAMED = 3;

    private static final DateTimeFormatter UTC_DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    /** One occurrence in a room; {@code meeting} is the meeting's position in the room, in file order. */
    private record Slot(int meeting, Occurrence occurrence, Instant start, Instant end) {
    }

    /** The sweep's results for the meetings of one room, indexed by the meeting's position in the room. */
    private static final class Findings {
        /** The earlier meeting's and this meeting's occurrences at the first clash, or null without one. */
        final Slot[] firstEarlier;
        final Slot[] firstLater;
        /** How many occurrences of this meeting and of the first clash's meeting overlap. */
        final int[] count;
        /** The earlier meetings this meeting overlaps at all; null until it overlaps one. */
        final BitSet[] partners;

        Findings(int meetings) {
            firstEarlier = new Slot[meetings];
            firstLater = new Slot[meetings];
            count = new int[meetings];
            partners = new BitSet[meetings];
        }

        /**
         * Records that {@code earlier} and {@code later}, of meetings in file order, overlap from
         * {@code start}. The sweep calls it in order of {@code start}, so the first call for a meeting is its
         * first clash, and among clashes that start together the one with the meeting earliest in the file
         * is kept.
         */
        void record(Slot earlier, Slot later, Instant start) {
            int meeting = later.meeting();
            if (partners[meeting] == null) {
                partners[meeting] = new BitSet();
            }
            partners[meeting].set(earlier.meeting());

            Slot first = firstEarlier[meeting];
            boolean tie = first != null && clashStart(first, firstLater[meeting]).equals(start)
                    && earlier.meeting() < first.meeting();
            if (first == null || tie) {
                firstEarlier[meeting] = earlier;
                firstLater[meeting] = later;
                count[meeting] = 1;
            } else if (first.meeting() == earlier.meeting()) {
                count[meeting]++;
            }
        }
    }

    private final Instant now;
    private final Instant horizon;

    /** Compares the occurrences that start from {@code now} to {@code horizon}, exclusive. */
    RoomConflicts(Instant now, Instant horizon) {
        this.now = now;
        this.horizon = horizon;
    }

    void check(List<MeetingOutlook> outlooks, Map<String, MeetingProblems> problems) {
        Map<String, List<MeetingOutlook>> rooms = new LinkedHashMap<>();
        for (MeetingOutlook outlook : outlooks) {
            Optional<String> room = outlook.meeting().video().flatMap(VideoRooms::room);
            room.ifPresent(key -> rooms.computeIfAbsent(key, newRoom -> new ArrayList<>()).add(outlook));
        }
        // Only meetings that share a room are expanded, which is the costly step.
        for (List<MeetingOutlook> room : rooms.values()) {
            if (room.size() > 1) {
                report(room, sweep(room), problems);
            }
        }
    }

    private Findings sweep(List<MeetingOutlook> room) {
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < room.size(); i++) {
            for (Occurrence occurrence : room.get(i).series().between(now, horizon)) {
                slots.add(new Slot(i, occurrence, occurrence.start().toInstant(), occurrence.end().toInstant()));
            }
        }
        slots.sort(Comparator.comparing(Slot::start).thenComparingInt(Slot::meeting));

        Findings findings = new Findings(room.size());
        List<Slot> running = new ArrayList<>();
        for (Slot slot : slots) {
            running.removeIf(other -> !other.end().isAfter(slot.start()));
            for (Slot other : running) {
                if (other.meeting() < slot.meeting()) {
                    findings.record(other, slot, slot.start());
                } else if (other.meeting() > slot.meeting()) {
                    findings.record(slot, other, slot.start());
                }
            }
            running.add(slot);
        }
        return findings;
    }

    private static Instant clashStart(Slot first, Slot second) {
        return first.start().isAfter(second.start()) ? first.start() : second.start();
    }

    private static void report(List<MeetingOutlook> room, Findings findings, Map<String, MeetingProblems> problems) {
        for (int i = 0; i < room.size(); i++) {
            if (findings.firstEarlier[i] == null) {
                continue;
            }
            MeetingOutlook meeting = room.get(i);
            problems.get(meeting.id()).warning("video", location(meeting), message(room, i, findings),
                    "move one of the meetings, skip the dates they overlap, or give one of them its own video link");
        }
    }

    private static String message(List<MeetingOutlook> room, int meetingIndex, Findings findings) {
        MeetingOutlook meeting = room.get(meetingIndex);
        Slot earlier = findings.firstEarlier[meetingIndex];
        Slot later = findings.firstLater[meetingIndex];
        MeetingOutlook other = room.get(earlier.meeting());
        int count = findings.count[meetingIndex];

        StringBuilder message = new StringBuilder();
        message.append(meeting.id()).append(" and ").append(other.id()).append(" (line ")
                .append(other.meeting().line()).append(") use the same video room and overlap, first at ")
                .append(UTC_DAY_TIME.format(clashStart(earlier, later).atOffset(ZoneOffset.UTC))).append(" UTC (")
                .append(other.id()).append(": ").append(OccurrenceTexts.dayAndTimes(earlier.occurrence()))
                .append(", ").append(meeting.id()).append(": ")
                .append(OccurrenceTexts.dayAndTimes(later.occurrence())).append(")");
        message.append("; ").append(count).append(count == 1 ? " occurrence overlaps" : " occurrences overlap")
                .append(" in the next 12 months");

        List<String> others = findings.partners[meetingIndex].stream()
                .filter(index -> index != earlier.meeting())
                .mapToObj(index -> room.get(index).id())
                .toList();
        if (!others.isEmpty()) {
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
