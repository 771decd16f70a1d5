package io.calendarsync.backend.google;

import com.google.api.client.googleapis.json.GoogleJsonError;
import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.HttpHeaders;
import com.google.api.client.http.HttpResponseException;
import com.google.auth.Retryable;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * One failed Calendar API call, reduced to what the retry and error logic needs. {@code status} is 0 when
 * no HTTP response arrived (a dropped connection or a timeout), and {@code tokenFailure} is true when the
 * access token could not be obtained, so the call never reached the Calendar API.
 */
record GoogleFailure(int status, String reason, String message, Optional<Duration> retryAfter, boolean tokenFailure) {

    static final String FORBIDDEN_FOR_SERVICE_ACCOUNTS = "forbiddenForServiceAccounts";

    private static final Set<String> RATE_LIMIT_REASONS = Set.of("rateLimitExceeded", "userRateLimitExceeded");

    GoogleFailure {
        reason = reason == null ? "" : reason;
        message = message == null ? "" : message;
    }

    /** Classifies an exception thrown by a request or a batch. */
    static GoogleFailure of(IOException exception) {
        if (exception instanceof GoogleJsonResponseException response && response.getDetails() != null) {
            return of(response.getDetails(), response.getHeaders());
        }
        if (isTokenFailure(exception)) {
            return new GoogleFailure(0, tokenReason(exception), oneLine(exception.getMessage()), Optional.empty(), true);
        }
        if (exception instanceof HttpResponseException response) {
            return new GoogleFailure(response.getStatusCode(), "", response.getStatusMessage(),
                    retryAfter(response.getHeaders()), false);
        }
        return new GoogleFailure(0, "connection", exception.getClass().getSimpleName() + ": "
                + oneLine(exception.getMessage()), Optional.empty(), false);
    }

    /** Classifies the failure of one call inside a batch. */
    static GoogleFailure of(GoogleJsonError error, HttpHeaders headers) {
        String reason = error.getErrors() == null || error.getErrors().isEmpty()
                ? ""
                : error.getErrors().get(0).getReason();
        return new GoogleFailure(error.getCode(), reason, oneLine(error.getMessage()), retryAfter(headers), false);
    }

    /**
     * Returns whether trying again can help: 429, 5xx, the 403 rate limits and lost connections. Other 4xx
     * responses and token failures repeat the same way on every try.
     */
    boolean retriable() {
        if (tokenFailure) {
            return false;
        }
        return status == 0 || status == 429 || status >= 500
                || (status == 403 && RATE_LIMIT_REASONS.contains(reason));
    }

    boolean is(int expectedStatus) {
        return status == expectedStatus;
    }

    /** Returns a short description for messages, such as {@code 403 forbiddenForServiceAccounts: ...}. */
    String describe() {
        StringBuilder text = new StringBuilder();
        if (status > 0) {
            text.append(status);
        }
        if (!reason.isEmpty()) {
            text.append(text.isEmpty() ? "" : " ").append(reason);
        }
        if (!message.isEmpty()) {
            text.append(text.isEmpty() ? "" : ": ").append(message);
        }
        return text.toString();
    }

    /**
     * google-auth-library wraps token endpoint failures in its package-private GoogleAuthException, whose
     * public face is {@link Retryable}; nothing else on the request path implements that interface.
     */
    private static boolean isTokenFailure(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof Retryable) {
                return true;
            }
        }
        return false;
    }

    /** Returns the OAuth error code of a token endpoint response, such as {@code invalid_grant}, or "token". */
    private static String tokenReason(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            String text = String.valueOf(cause.getMessage());
            for (String code : new String[] {"invalid_grant", "invalid_client", "unauthorized_client", "invalid_scope"}) {
                if (text.contains(code)) {
                    return code;
                }
            }
        }
        return "token";
    }

    private static Optional<Duration> retryAfter(HttpHeaders headers) {
        if (headers == null) {
            return Optional.empty();
        }
        String value = headers.getFirstHeaderStringValue("Retry-After");
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value.strip())));
        } catch (NumberFormatException httpDate) {
            // NOTE: a Retry-After in HTTP-date form is not parsed, so the backoff delay applies instead.
            return Optional.empty();
        }
    }

    private static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
