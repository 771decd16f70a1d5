package io.calendarsync.validate;

import io.calendarsync.model.Frequency;

/** A parsed {@code frequency:} value: how the meeting repeats and every how many periods. */
record Cadence(Frequency frequency, int interval) {
}
