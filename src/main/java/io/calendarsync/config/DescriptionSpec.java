package io.calendarsync.config;

import java.util.List;

/** The {@code description:} value: one text, or the items of a list of texts in file order. */
public record DescriptionSpec(List<ScalarSpec> parts, boolean writtenAsList, SourceLocation location) {

    public DescriptionSpec {
        parts = List.copyOf(parts);
    }
}
