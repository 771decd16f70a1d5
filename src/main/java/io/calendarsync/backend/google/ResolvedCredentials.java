package io.calendarsync.backend.google;

import com.google.auth.oauth2.GoogleCredentials;
import java.util.Objects;
import java.util.Optional;

/**
 * Credentials ready to sign Calendar API requests, with a description of where they came from for messages.
 * {@code source} and {@code account} never contain a secret.
 *
 * @param type the JSON {@code type} ({@code authorized_user}, {@code service_account},
 *     {@code external_account}) or {@code access_token}
 * @param account the identity when the credentials name it (a service account's {@code client_email}, or
 *     the delegated user), for messages that say whom to share the calendar with
 * @param serviceAccountWithoutSubject true for a service account without domain-wide delegation, which
 *     Google does not let invite attendees
 */
public record ResolvedCredentials(
        GoogleCredentials credentials,
        String source,
        String type,
        Optional<String> account,
        boolean serviceAccountWithoutSubject) {

    public ResolvedCredentials {
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
    }

    /** The account for messages: its e-mail when known, otherwise the account behind the source. */
    public String accountDescription() {
        return account.orElse("the account of " + source);
    }
}
