package io.calendarsync.plan;

/** The way a plan removes a managed event whose meeting is gone from calendar.yaml. */
public enum RemovalPolicy {
    /**
     * A series that has started ends after its last past occurrence, anything not started is deleted,
     * and a past one-off event is left alone.
     */
    END,
    /** Every removed event is deleted. */
    DELETE
}
