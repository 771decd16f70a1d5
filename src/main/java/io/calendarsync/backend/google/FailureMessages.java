package io.calendarsync.backend.google;

import io.calendarsync.model.CalendarSyncException;

/** User-facing messages for Calendar API failures: what failed, the likely cause and the fix. */
final class FailureMessages {

    private static final String SHARE_HINT = "with the permission 'Make changes to events' (Google Calendar, "
            + "Settings and sharing, Share with specific people)";

    private FailureMessages() {
    }

    /** The error of a read (or of the access check) that failed for good. */
    /** 403 reasons Google gives when the Calendar API is turned off in the credential's project. */
    private static final java.util.Set<String> API_DISABLED_REASONS = java.util.Set.of("accessNotConfigured", "SERVICE_DISABLED");

    static CalendarSyncException read(GoogleCallException exception, String calendarId, ResolvedCredentials credentials) {
        GoogleFailure failure = exception.failure();
        String message;
        if (failure.tokenFailure()) {
            message = token(failure, credentials);
        } else if (failure.is(401)) {
            message = "Google rejected the access token from " + credentials.source() + " (401 " + failure.reason()
                    + "): it has expired or been revoked. Access tokens last about an hour; mint a new one, or "
                    + "use a credential JSON, which calendar-sync refreshes itself";
        } else if (failure.is(404)) {
            message = "calendar '" + calendarId + "' was not found for " + credentials.accountDescription()
                    + ": check the calendar ID (Google Calendar, Settings and sharing, Integrate calendar) and "
                    + "share the calendar with that account " + SHARE_HINT;
        } else if (failure.is(403) && API_DISABLED_REASONS.contains(failure.reason())) {
            message = "the Google Calendar API is not enabled in the Google Cloud project of "
                    + credentials.accountDescription() + " (" + failure.describe() + "); enable it under APIs & "
                    + "Services, Library, Google Calendar API in that project, wait a few minutes, and run again";
        } else if (failure.is(403) && !failure.retriable()) {
            message = credentials.accountDescription() + " may not read calendar '" + calendarId + "' ("
                    + failure.describe() + "); share the calendar with that account " + SHARE_HINT;
        } else {
            message = "reading calendar '" + calendarId + "' failed after " + exception.attempts() + " tries: "
                    + failure.describe() + "; run again later";
        }
        return CalendarSyncException.target(message, exception);
    }

    static CalendarSyncException readOnly(String calendarId, String accessRole, ResolvedCredentials credentials) {
        return new CalendarSyncException(CalendarSyncException.Kind.TARGET, credentials.accountDescription()
                + " has no write access to calendar '" + calendarId + "' (access role "
                + (accessRole.isEmpty() ? "none" : accessRole) + "); share the calendar with that account "
                + SHARE_HINT + ", then run apply again");
    }

    /** The message for a failure to get an access token, naming the credential source. */
    static String token(GoogleFailure failure, ResolvedCredentials credentials) {
        String source = credentials.source();
        if (failure.reason().equals("invalid_grant") && credentials.type().equals("authorized_user")) {
            return "Google rejected the refresh token from " + source + " (invalid_grant): it has expired or been "
                    + "revoked. OAuth apps left in 'Testing' publishing status issue refresh tokens that expire "
                    + "after 7 days; set the app to 'In production' on the OAuth consent screen, then run "
                    + "'calendar-sync mint-credentials' and store the new credential";
        }
        if (failure.reason().equals("invalid_grant") && credentials.type().equals("service_account")) {
            return "Google rejected the service account key from " + source + " (invalid_grant): the key may "
                    + "have been deleted, the machine clock may be wrong, or, with --delegated-user, domain-wide "
                    + "delegation may not grant the scope " + CredentialsResolver.SCOPE + " to this client ID";
        }
        return "could not get an access token with the credentials from " + source + ": " + failure.describe();
    }

    /** The reason stored for a change that failed with {@code failure}. */
    static String write(GoogleFailure failure, String calendarId, ResolvedCredentials credentials) {
        if (failure.tokenFailure()) {
            return token(failure, credentials);
        }
        if (failure.is(403) && failure.reason().equals("requiredAccessLevel")) {
            return credentials.accountDescription() + " has no write access to calendar '" + calendarId + "' ("
                    + failure.describe() + ")";
        }
        return failure.describe();
    }

    /** The one explanation of Google's refusal to let a service account invite attendees. */
    static String attendeesForbidden(ResolvedCredentials credentials) {
        return "Google does not let a service account invite attendees without domain-wide delegation "
                + "(403 forbiddenForServiceAccounts); the events were left unchanged rather than written "
                + "without attendees. Fix: grant " + credentials.accountDescription() + " domain-wide delegation "
                + "for " + CredentialsResolver.SCOPE + " and pass --delegated-user EMAIL, or use an "
                + "authorized_user credential of a bot account (calendar-sync mint-credentials)";
    }
}
