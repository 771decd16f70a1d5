package io.calendarsync.backend.ics;

/** Names and fixed values of the properties calendar-sync writes into its iCalendar files. */
final class IcsProperties {

    static final String PRODID = "-//calendar-sync//calendar-sync//EN";

    /** Marks an event calendar-sync manages; events without it are left as they are. */
    static final String MANAGED = "X-CALENDAR-SYNC-MANAGED";

    /**
     * The meeting's organizer. ORGANIZER would need a mailto address and makes clients treat the event
     * as an invitation, so the value goes into an X- property.
     */
    static final String ORGANIZER = "X-CALENDAR-SYNC-ORGANIZER";

    /** Hashes of the field values calendar-sync wrote, {@code key=hash} separated by spaces, to spot hand edits. */
    static final String APPLIED_HASHES = "X-CALENDAR-SYNC-HASHES";

    static final String MANAGED_VALUE = "TRUE";

    private IcsProperties() {
    }
}
