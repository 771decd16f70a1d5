package io.calendarsync.config;

/** A YAML text that cannot be read any further, with the location, the reason and what to change. */
final class YamlSyntaxException extends Exception {

    private final SourceLocation location;
    private final String fix;

    YamlSyntaxException(SourceLocation location, String message, String fix) {
        super(message);
        this.location = location;
        this.fix = fix;
    }

    SourceLocation location() {
        return location;
    }

    String fix() {
        return fix;
    }
}
