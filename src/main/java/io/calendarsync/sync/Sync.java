package io.calendarsync.sync;

import io.calendarsync.agenda.AgendaBuilder;
import io.calendarsync.agenda.AgendaEntry;
import io.calendarsync.backend.ApplyResult;
import io.calendarsync.backend.Target;
import io.calendarsync.backend.TargetSnapshot;
import io.calendarsync.model.Meeting;
import io.calendarsync.plan.Change;
import io.calendarsync.plan.Plan;
import io.calendarsync.plan.PlanOptions;
import io.calendarsync.plan.Planner;
import io.calendarsync.plan.RemovalPolicy;
import io.calendarsync.plan.render.ScheduleSummary;
import io.calendarsync.recurrence.EventMapper;
import io.calendarsync.recurrence.RecurrenceQueries;
import io.calendarsync.recurrence.ScheduleSentences;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The job every entry point runs: read the target, plan against calendar.yaml's meetings, describe the
 * planned meetings, apply. The command-line tool and the GitHub Action differ only in how they report.
 */
public final class Sync {

    /** How many upcoming occurrences a plan lists for each created or updated meeting. */
    public static final int NEXT_OCCURRENCES = 3;

    private static final Logger LOG = LoggerFactory.getLogger(Sync.class);

    private final Clock clock;
    private final EventMapper mapper = new EventMapper();
    private final Planner planner = new Planner(mapper, new RecurrenceQueries());
    private final AgendaBuilder agenda = new AgendaBuilder();

    public Sync(Clock clock) {
        this.clock = clock;
    }

    public Plan plan(Target target, List<Meeting> meetings, RemovalPolicy removal) {
        LOG.info("Reading {}", target.name());
        TargetSnapshot snapshot = target.read();
        LOG.info("Read {} events from {}, {} of them managed by calendar-sync", snapshot.events().size(),
                target.name(), snapshot.managedCount());
        return planner.plan(target.name(), meetings, snapshot, new PlanOptions(clock.instant(), removal));
    }

    /** Schedule sentences and next occurrences of the meetings a plan creates or updates, keyed by event id. */
    public Map<String, ScheduleSummary> schedules(Plan plan) {
        Map<String, ScheduleSummary> summaries = new LinkedHashMap<>();
        for (Change change : plan.changes()) {
            change.meeting().ifPresent(meeting -> summaries.put(change.eventId(), summarize(meeting)));
        }
        return summaries;
    }

    public ScheduleSummary summarize(Meeting meeting) {
        List<AgendaEntry> next = agenda.next(meeting, clock.instant(), NEXT_OCCURRENCES);
        return new ScheduleSummary(ScheduleSentences.describe(meeting), next.stream().map(AgendaEntry::start).toList());
    }

    public ApplyResult apply(Target target, Plan plan) {
        LOG.info("Applying {} {} to {}", plan.changes().size(), plan.changes().size() == 1 ? "change" : "changes",
                target.name());
        return target.apply(plan);
    }
}
