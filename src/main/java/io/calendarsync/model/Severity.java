package io.calendarsync.model;

/** The weight of a {@link Problem}: an error fails validation, a warning does not (unless strict). */
public enum Severity {
    ERROR,
    WARNING;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
