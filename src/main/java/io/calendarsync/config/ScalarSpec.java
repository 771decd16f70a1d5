package io.calendarsync.config;

/** A text value of calendar.yaml exactly as written, with the location of its first character. */
public record ScalarSpec(String text, SourceLocation location) {

    public ScalarSpec {
        text = text == null ? "" : text;
    }

    public boolean isBlank() {
        return text.isBlank();
    }
}
