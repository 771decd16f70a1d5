package io.calendarsync.backend.google;

import com.google.api.services.calendar.Calendar;
import io.calendarsync.backend.ApplyResult;
import io.calendarsync.backend.Target;
import io.calendarsync.backend.TargetEvent;
import io.calendarsync.backend.TargetSnapshot;
import io.calendarsync.plan.Plan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Google Calendar as a calendar-sync target. {@link #read()} lists the calendar, which also proves that
 * the credentials work on it before anything is planned; {@link #apply(Plan)} checks write access, then
 * writes the plan's changes in batches. Build one with {@link GoogleTargetFactory}.
 */
public final class GoogleTarget implements Target {

    private static final Logger LOG = LoggerFactory.getLogger(GoogleTarget.class);

    private final String calendarId;
    private final Calendar api;
    private final ResolvedCredentials credentials;
    private final SendUpdates sendUpdates;
    private final Retrier retrier;
    private final CalendarReader reader;

    /** Events of the last read by id, so apply can keep attendee responses and use etags. */
    private Map<String, com.google.api.services.calendar.model.Event> lastRead = Map.of();
    private Optional<CalendarReader.Access> access = Optional.empty();

    GoogleTarget(String calendarId, Calendar api, ResolvedCredentials credentials, SendUpdates sendUpdates, Retrier retrier) {
        this.calendarId = calendarId;
        this.api = api;
        this.credentials = credentials;
        this.sendUpdates = sendUpdates;
        this.retrier = retrier;
        this.reader = new CalendarReader(api, calendarId, retrier);
    }

    @Override
    public String name() {
        return "google:" + calendarId;
    }

    /** Returns where the credentials came from, such as "the GOOGLE_CREDENTIALS environment variable", never a secret. */
    public String credentialSource() {
        return credentials.source();
    }

    /** Returns the credential type: authorized_user, service_account, external_account or access_token. */
    public String credentialType() {
        return credentials.type();
    }

    @Override
    public TargetSnapshot read() {
        LOG.info("Reading calendar '{}' with credentials from {}", calendarId, credentials.source());
        CalendarReader.Listing listing;
        try {
            listing = reader.list();
        } catch (GoogleCallException e) {
            throw FailureMessages.read(e, calendarId, credentials);
        }

        Map<String, com.google.api.services.calendar.model.Event> byId = new HashMap<>();
        List<TargetEvent> events = new ArrayList<>();
        int exceptions = 0;
        for (com.google.api.services.calendar.model.Event event : listing.events()) {
            // A changed or cancelled occurrence of a series is a separate event with recurringEventId. Its id is
            // never a meeting id, so calendar-sync leaves it to Google.
            if (event.getRecurringEventId() != null || event.getId() == null) {
                exceptions++;
                continue;
            }
            byId.put(event.getId(), event);
            events.add(GoogleEvents.toTargetEvent(event, listing.zone()));
        }
        lastRead = byId;
        access = Optional.of(new CalendarReader.Access(listing.accessRole(), listing.zone()));

        TargetSnapshot snapshot = new TargetSnapshot(events);
        LOG.info("Read {} events of calendar '{}' ({} managed, {} occurrence exceptions skipped) in {} page(s); access role {}",
                events.size(), calendarId, snapshot.managedCount(), exceptions, listing.pages(), listing.accessRole());
        return snapshot;
    }

    @Override
    public ApplyResult apply(Plan plan) {
        if (!plan.hasChanges()) {
            return new ApplyResult(0, 0, 0, List.of());
        }
        CalendarReader.Access checked = checkWriteAccess();
        LOG.info("Applying {} change(s) to calendar '{}' (sendUpdates={})",
                plan.changes().size(), calendarId, sendUpdates.apiValue());
        ApplyRun run = new ApplyRun(new BatchSender(api, calendarId, sendUpdates), retrier, calendarId,
                checked.zone(), credentials, lastRead);
        ApplyResult result = run.run(plan);
        LOG.info("Applied to calendar '{}': {} created, {} updated, {} removed, {} failed",
                calendarId, result.created(), result.updated(), result.removed(), result.failures().size());
        return result;
    }

    /**
     * Proves write access before the first change. The role comes from the read that preceded the plan, so
     * this costs a request only when apply runs on a target that was not read.
     */
    private CalendarReader.Access checkWriteAccess() {
        CalendarReader.Access known;
        try {
            known = access.orElseGet(reader::access);
        } catch (GoogleCallException e) {
            throw FailureMessages.read(e, calendarId, credentials);
        }
        access = Optional.of(known);
        if (!known.canWrite()) {
            throw FailureMessages.readOnly(calendarId, known.accessRole(), credentials);
        }
        return known;
    }
}
