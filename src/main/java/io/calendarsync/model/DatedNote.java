package io.calendarsync.model;

import java.time.LocalDate;
import java.util.Objects;

/** A single date of a series with an optional reason, as {@code skip:} and {@code extra:} list them. */
public record DatedNote(LocalDate date, String reason) {
    public DatedNote {
        Objects.requireNonNull(date, "date");
        reason = reason == null ? "" : reason;
    }
}
