package io.calendarsync.validate;

import io.calendarsync.config.AttendeeSpec;
import io.calendarsync.config.ScalarSpec;
import io.calendarsync.config.Texts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks the people of a meeting: {@code attendees} e-mail addresses and the {@code organizer}. */
final class ContactRules {

    /** GitHub's rule for user names: letters, digits and single inner hyphens, at most 39 characters. */
    private static final Pattern GITHUB_LOGIN = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}");
    private static final Pattern GITHUB_PROFILE = Pattern.compile("(?i)https?://(?:www\\.)?github\\.com/([^/?#]+)/?");

    private final MeetingProblems problems;

    ContactRules(MeetingProblems problems) {
        this.problems = problems;
    }

    /** Returns the attendees' addresses as written, leaving out invalid and repeated ones, which are errors. */
    List<String> attendees(List<AttendeeSpec> attendees) {
        List<String> addresses = new ArrayList<>();
        Map<String, Integer> firstLines = new HashMap<>();
        for (AttendeeSpec attendee : attendees) {
            ScalarSpec email = attendee.email();
            if (email == null) {
                continue;
            }
            String address = email.text().strip();
            Optional<EmailAddresses.Invalid> invalid = EmailAddresses.check(address);
            if (invalid.isPresent()) {
                problems.error("attendees", email.location(), invalid.get().reason(), invalid.get().fix());
                continue;
            }
            Integer firstLine = firstLines.putIfAbsent(address.toLowerCase(Locale.ROOT), email.location().line());
            if (firstLine != null) {
                problems.error("attendees", email.location(), "attendee " + Texts.quote(address)
                        + " is listed twice; the first is on line " + firstLine + " (addresses ignore case)",
                        "remove one of them");
                continue;
            }
            addresses.add(address);
        }
        return addresses;
    }

    /** Returns the organizer as written when it is a GitHub user name or an e-mail address. */
    Optional<String> organizer(ScalarSpec value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String organizer = value.text().strip();
        if (organizer.startsWith("@") && organizer.indexOf('@', 1) < 0) {
            return reportOrganizer(value, Texts.quote(organizer) + " starts with '@'",
                    "write the GitHub user name without it: " + organizer.substring(1));
        }
        if (organizer.contains("@")) {
            Optional<EmailAddresses.Invalid> invalid = EmailAddresses.check(organizer);
            if (invalid.isPresent()) {
                return reportOrganizer(value, invalid.get().reason(), invalid.get().fix());
            }
            return Optional.of(organizer);
        }
        Matcher profile = GITHUB_PROFILE.matcher(organizer);
        if (profile.matches()) {
            return reportOrganizer(value, Texts.quote(organizer) + " is a link, not a user name",
                    "write the GitHub user name only: " + profile.group(1));
        }
        if (!GITHUB_LOGIN.matcher(organizer).matches()) {
            return reportOrganizer(value, Texts.quote(organizer) + " is neither a GitHub user name (letters,"
                    + " digits and single hyphens, at most 39 characters) nor an e-mail address",
                    "write a GitHub user name such as octocat, or an e-mail address");
        }
        return Optional.of(organizer);
    }

    private Optional<String> reportOrganizer(ScalarSpec value, String message, String fix) {
        problems.error("organizer", value.location(), message, fix);
        return Optional.empty();
    }
}
