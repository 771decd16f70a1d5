package io.calendarsync.github;

/** What one run of the action does after reading calendar.yaml, each step including the ones before it. */
public enum ActionStep {
    VALIDATE,
    PLAN,
    APPLY
}
