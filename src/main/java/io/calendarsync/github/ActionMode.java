package io.calendarsync.github;

import io.calendarsync.model.CalendarSyncException;
import java.util.Locale;

/** The work the action does, as the {@code mode} input names it; {@code auto} lets the event decide. */
public enum ActionMode {
    AUTO,
    VALIDATE,
    PLAN,
    APPLY;

    static ActionMode parse(String text) {
        for (ActionMode mode : values()) {
            if (mode.name().toLowerCase(Locale.ROOT).equals(text)) {
                return mode;
            }
        }
        throw CalendarSyncException.usage("input 'mode': '" + text + "' is not a valid value; use auto, validate, "
                + "plan or apply");
    }

    public String inputValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
