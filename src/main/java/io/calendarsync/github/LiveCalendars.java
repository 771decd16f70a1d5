package io.calendarsync.github;

import io.calendarsync.backend.Target;
import java.util.Map;

/** Opens the Google calendar the inputs name, for the action's plans and applies. */
public interface LiveCalendars {

    /**
     * Whether Google credentials are configured: the {@code credentials} or {@code access-token} input, or a
     * variable the credentials resolver reads (GOOGLE_APPLICATION_CREDENTIALS among them).
     */
    boolean hasCredentials(ActionInputs inputs, Map<String, String> env);

    /** Opens the calendar; raises a usage or target error with the fix when that fails. */
    Target open(ActionInputs inputs, Map<String, String> env, ActionContext context);
}
