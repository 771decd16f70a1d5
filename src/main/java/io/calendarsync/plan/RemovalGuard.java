package io.calendarsync.plan;

/**
 * The check every target runs before apply: a plan that removes more than {@value #MAX_REMOVALS} events
 * and more than a quarter of the managed events, or removes anything because calendar.yaml has no
 * meetings, needs {@code --allow-mass-removal}. It stops an emptied or
 * commented-out calendar.yaml from wiping a shared calendar.
 */
public final class RemovalGuard {

    public static final int MAX_REMOVALS = 3;
    /** The share of managed events a plan may remove without approval: 25 %. */
    public static final double MAX_SHARE = 0.25;

    /** The decision: whether apply may go on, and the message to print (empty when the guard did not trip). */
    public record Verdict(boolean allowed, String message) {
    }

    private RemovalGuard() {
    }

    public static Verdict check(Plan plan, boolean allowMassRemoval) {
        long removals = plan.removed();
        int managed = plan.managed();
        // A calendar.yaml without meetings is how an emptied or commented-out file looks. Series that ended
        // and past one-offs stay as history and are not removals, so they can dilute the share below 25 %;
        // an empty file therefore trips the guard whatever the counts.
        long meetingsInFile = plan.created() + plan.updated() + plan.unchanged();
        boolean emptied = meetingsInFile == 0 && removals > 0;
        boolean mass = removals > MAX_REMOVALS && removals > MAX_SHARE * managed;
        if (!mass && !emptied) {
            return new Verdict(true, "");
        }

        String extent = (emptied ? "calendar.yaml has no meetings and " : "") + "this plan removes " + removals + " of " + managed + " managed events"
                + (managed > 0 ? " (" + Math.round(100.0 * removals / managed) + " %)" : "");
        if (allowMassRemoval) {
            return new Verdict(true, "Removal guard: " + extent + ", allowed by --allow-mass-removal.");
        }
        String threshold = mass ? ", more than " + MAX_REMOVALS + " events and more than "
                + Math.round(MAX_SHARE * 100) + " % of them" : "";
        return new Verdict(false, "Apply refused: " + extent + threshold + ". An emptied or commented-out "
                + "calendar.yaml looks like this. If the removals are intended, run apply again with "
                + "--allow-mass-removal.");
    }
}
