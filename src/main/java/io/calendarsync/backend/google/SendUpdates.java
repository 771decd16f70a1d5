package io.calendarsync.backend.google;

import io.calendarsync.model.CalendarSyncException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Who Google notifies about a write: the {@code sendUpdates} parameter of every insert, patch and delete. */
public enum SendUpdates {
    NONE("none", "none"),
    ALL("all", "all"),
    EXTERNAL_ONLY("external-only", "externalOnly");

    private final String optionValue;
    private final String apiValue;

    SendUpdates(String optionValue, String apiValue) {
        this.optionValue = optionValue;
        this.apiValue = apiValue;
    }

    /** The value as {@code --send-updates} spells it. */
    public String optionValue() {
        return optionValue;
    }

    /** The value of the Calendar API's {@code sendUpdates} query parameter. */
    public String apiValue() {
        return apiValue;
    }

    /** Parses an option value; the API spelling {@code externalOnly} is accepted too. */
    public static SendUpdates parse(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        for (SendUpdates candidate : values()) {
            if (candidate.optionValue.equals(value) || candidate.apiValue.toLowerCase(Locale.ROOT).equals(value)) {
                return candidate;
            }
        }
        String allowed = Arrays.stream(values()).map(SendUpdates::optionValue).collect(Collectors.joining(", "));
        throw CalendarSyncException.usage("--send-updates: '" + text + "' is not a valid value; use one of " + allowed);
    }
}
