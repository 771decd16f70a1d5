package io.calendarsync.emulator;

/**
 * Whom an access token belongs to. {@code serviceAccountWithoutSubject} marks a service account acting as
 * itself, which Google does not let invite attendees.
 */
public record Principal(String email, boolean serviceAccountWithoutSubject) {
}
