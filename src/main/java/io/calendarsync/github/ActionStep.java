package io.calendarsync.github;

/** The work one run of the action does after reading calendar.yaml; each step includes the ones before it. */
public enum ActionStep {
    VALIDATE,
    PLAN,
    APPLY
}
