package io.calendarsync.backend;

import io.calendarsync.plan.Plan;

/**
 * A calendar that calendar-sync keeps in sync: an iCalendar file or a Google Calendar. The core reads what
 * the target holds, plans against it, and hands the plan back to apply.
 */
public interface Target {

    /** A short name for messages and plans, such as {@code ics:calendar.ics}. */
    String name();

    /**
     * Reads every event the planner may care about. Raises {@link io.calendarsync.model.CalendarSyncException}
     * of kind TARGET when the target cannot be read.
     */
    TargetSnapshot read();

    /**
     * Makes the changes of {@code plan}, which was made against a snapshot this target returned. Failures of
     * single changes are reported in the result; a failure of the whole target raises TARGET.
     */
    ApplyResult apply(Plan plan);
}
