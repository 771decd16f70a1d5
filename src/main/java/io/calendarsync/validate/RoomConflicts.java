package io.calendarsync.validate;

import io.calendarsync.config.SourceLocation;
import io.calendarsync.recurrence.MeetingSeries;
import io.calendarsync.recurrence.Occurrence;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;

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

    /**
     * The number of overlapping occurrence pairs a room may have before the sweep stops. Each pair costs
     * constant work, and validating 700 daily meetings in one room, which reaches the limit, took 0.6 s.
     * Only a room where hundreds of meetings run at once gets there. The generated benchmark with all
     * 10,000 meetings in one room has 8.7 million pairs.
     */
    static final long MAX_PAIRS = 20_000_000;

    /** How many occurrences of a meeting the sweep fetches at a time. */
    private static final int BATCH = 8;

    /**
     * Orders cursors by their next occurrence's start, then by file order. Written out because a composed
     * comparator costs several calls per comparison.
     */
    private static final Comparator<Cursor> CURSOR_ORDER = (first, second) -> {
        int byStart = first.head.start().compareTo(second.head.start());
        return byStart != 0 ? byStart : Integer.compare(first.meeting, second.meeting);
    };

    /** One meeting's occurrences up to the horizon, read in start order. */
    private final class Cursor {
        final int meeting;
        final MeetingSeries series;
        final ArrayDeque<Occurrence> fetched = new ArrayDeque<>();
        Instant fetchFrom = now;
        boolean exhausted;

        /** The occurrence the cursor is at; set by {@link #advance()}. */
        Slot head;

        Cursor(int meeting, MeetingSeries series) {
            this.meeting = meeting;
            this.series = series;
        }

        /** Moves to the next occurrence before the horizon; returns false when there is none. */
        boolean advance() {
            if (fetched.isEmpty() && !exhausted) {
                fetch();
            }
            Occurrence occurrence = fetched.poll();
            if (occurrence == null) {
                return false;
            }
            head = new Slot(meeting, occurrence, occurrence.start().toInstant(), occurrence.end().toInstant());
            return true;
        }

        private void fetch() {
            List<Occurrence> batch = series.next(fetchFrom, BATCH);
            for (Occurrence occurrence : batch) {
                if (occurrence.start().toInstant().isBefore(horizon)) {
                    fetched.add(occurrence);
                } else {
                    exhausted = true;
                }
            }
            if (batch.size() < BATCH) {
                exhausted = true;
            } else {
                // Occurrences of a meeting start at least minutes apart, so one second later skips only the last.
                fetchFrom = batch.get(batch.size() - 1).start().toInstant().plusSeconds(1);
            }
        }
    }

    /** The sweep's results for the meetings of one room, indexed by the meeting's position in the room. */
    private static final class Findings {
        /** The earlier meeting's and this meeting's occurrences at the first clash, or null without one. */
        final Slot[] firstEarlier;
        final Slot[] firstLater;
        /** How many occurrences of this meeting and of the first clash's meeting overlap. */
        final int[] count;
        /** Whether the sweep stopped at {@link #MAX_PAIRS}, leaving the other fields incomplete. */
        boolean crowded;
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

    /**
     * Sweeps the room's occurrences in start order. Each meeting's occurrences are fetched a few at a time
     * and merged through a queue, so memory grows with the meetings of the room and not with their
     * occurrences: a room of 10,000 daily meetings has 3.6 million occurrences in a year.
     */
    private Findings sweep(List<MeetingOutlook> room) {
        PriorityQueue<Cursor> queue = new PriorityQueue<>(room.size(), CURSOR_ORDER);
        for (int i = 0; i < room.size(); i++) {
            Cursor cursor = new Cursor(i, room.get(i).series());
            if (cursor.advance()) {
                queue.add(cursor);
            }
        }

        Findings findings = new Findings(room.size());
        List<Slot> running = new ArrayList<>();
        long pairs = 0;
        while (!queue.isEmpty()) {
            Cursor cursor = queue.poll();
            Slot slot = cursor.head;
            if (cursor.advance()) {
                queue.add(cursor);
            }
            for (Iterator<Slot> others = running.iterator(); others.hasNext(); ) {
                if (!others.next().end().isAfter(slot.start())) {
                    others.remove();
                }
            }
            pairs += running.size();
            if (pairs > MAX_PAIRS) {
                findings.crowded = true;
                return findings;
            }
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
        if (findings.crowded) {
            reportCrowded(room, problems);
            return;
        }
        for (int i = 0; i < room.size(); i++) {
            if (findings.firstEarlier[i] == null) {
                continue;
            }
            MeetingOutlook meeting = room.get(i);
            problems.get(meeting.id()).warning("video", location(meeting), message(room, i, findings),
                    "move one of the meetings, skip the dates they overlap, or give one of them its own video link");
        }
    }

    /** Reports a room too crowded to list its clashes, once, on the room's first meeting in the file. */
    private static void reportCrowded(List<MeetingOutlook> room, Map<String, MeetingProblems> problems) {
        MeetingOutlook first = room.get(0);
        problems.get(first.id()).warning("video", location(first), room.size() + " meetings use the same video room"
                + " as " + first.id() + ", and more than " + MAX_PAIRS / 1_000_000 + " million pairs of their occurrences overlap in the"
                + " next 12 months; calendar-sync stopped comparing them and lists no clashes for this room",
                "give the meetings that run at the same time their own video links");
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
