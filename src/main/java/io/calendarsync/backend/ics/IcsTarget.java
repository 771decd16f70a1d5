package io.calendarsync.backend.ics;

import io.calendarsync.backend.ApplyResult;
import io.calendarsync.backend.Target;
import io.calendarsync.backend.TargetEvent;
import io.calendarsync.backend.TargetSnapshot;
import io.calendarsync.model.CalendarSyncException;
import io.calendarsync.plan.Plan;
import io.calendarsync.recurrence.Occurrences;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An RFC 5545 iCalendar file as a target: the default one, needing no account. Events carry the managed
 * marker; events without it are kept as they are. The UID of each event is its event id.
 */
public final class IcsTarget implements Target {

    private static final Logger LOG = LoggerFactory.getLogger(IcsTarget.class);

    private final Path file;
    private final Clock clock;

    /** {@code clock} gives DTSTAMP of the events an apply changes; nothing else reads it. */
    public IcsTarget(Path file, Clock clock) {
        this.file = Objects.requireNonNull(file, "file");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String name() {
        return "ics:" + file;
    }

    public Path file() {
        return file;
    }

    @Override
    public TargetSnapshot read() {
        IcsDocument document = IcsDocument.read(file);
        List<TargetEvent> events = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (VEvent component : document.events()) {
            if (component.getProperty(Property.RECURRENCE_ID).isPresent()) {
                // An overridden instance belongs to its series; the planner compares whole series.
                continue;
            }
            readEvent(component).filter(event -> seen.add(event.id())).ifPresent(events::add);
        }
        return new TargetSnapshot(events);
    }

    @Override
    public ApplyResult apply(Plan plan) {
        IcsDocument current = IcsDocument.read(file);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Calendar next;
        String text;
        try {
            next = IcsComposer.compose(current, plan, now);
            text = ContentLines.fold(next.toString());
        } catch (DateTimeException | IllegalArgumentException e) {
            // Raised for a value that cannot be written, such as an invalid recurrence line.
            throw CalendarSyncException.target("cannot write " + file + ": " + e.getMessage()
                    + "; the file was left unchanged", e);
        }

        // RFC 5545 requires at least one component in a calendar, so an empty one is not created from nothing.
        if (next.getComponents().isEmpty() && !Files.exists(file)) {
            LOG.info("Did not create {}: the calendar has no events", file);
        } else if (IcsFiles.writeIfChanged(file, text)) {
            LOG.info("Wrote {}", file);
        } else {
            LOG.info("Left {} unchanged: it already matches", file);
        }
        return new ApplyResult((int) plan.created(), (int) plan.updated(), (int) plan.removed(), List.of());
    }

    /**
     * Reads one event. A managed event that cannot be read fails the whole read, because a plan made without
     * it could delete meetings. An unreadable event that calendar-sync does not manage is left out of the
     * snapshot and stays in the file.
     */
    private Optional<TargetEvent> readEvent(VEvent component) {
        boolean managed = VEventReader.managed(component);
        try {
            TargetEvent event = VEventReader.read(component);
            Occurrences.check(event.event());
            return Optional.of(event);
        } catch (VEventReader.UnreadableEventException | IllegalArgumentException e) {
            if (managed) {
                throw CalendarSyncException.target(file + ": " + e.getMessage()
                        + "; fix the event in the file or delete it so calendar-sync writes it again", e);
            }
            LOG.warn("{}: skipped an event calendar-sync does not manage: {}", file, e.getMessage());
            return Optional.empty();
        }
    }
}
