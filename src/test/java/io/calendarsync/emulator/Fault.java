package io.calendarsync.emulator;

/** A failure the emulator can inject in place of, or after, the real response. */
public enum Fault {
    TOO_MANY_REQUESTS(429, "rateLimitExceeded", "Rate Limit Exceeded"),
    INTERNAL_ERROR(500, "backendError", "Backend Error"),
    UNAVAILABLE(503, "backendError", "The service is currently unavailable."),
    RATE_LIMIT_403(403, "rateLimitExceeded", "Rate Limit Exceeded"),
    USER_RATE_LIMIT_403(403, "userRateLimitExceeded", "User Rate Limit Exceeded"),
    /** The Calendar API is turned off in the Cloud project of the credential. */
    API_DISABLED_403(403, "accessNotConfigured", "Google Calendar API has not been used in project 123 before or it is disabled."),
    /** The connection closes before any response, and the request has no effect. */
    DROP_CONNECTION(0, "", ""),
    /** The request takes effect, then the connection closes before the response is sent. */
    DROP_AFTER_PROCESSING(0, "", "");

    private final int status;
    private final String reason;
    private final String message;

    Fault(int status, String reason, String message) {
        this.status = status;
        this.reason = reason;
        this.message = message;
    }

    public int status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    public String message() {
        return message;
    }

    /** Returns whether the fault is about the connection, so it can only hit a whole HTTP request. */
    public boolean dropsConnection() {
        return status == 0;
    }
}
