package io.calendarsync.validate;

import io.calendarsync.config.DescriptionSpec;
import io.calendarsync.config.ScalarSpec;
import io.calendarsync.config.Texts;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks what a meeting shows: the {@code video} link that becomes its location, and its description. */
final class ContentRules {

    /**
     * Longest description Google Calendar keeps, in UTF-16 code units (which count an emoji as two, erring
     * on the safe side). Source: Nylas, "Event Description Limits in Google Calendar and Microsoft
     * Exchange" (support.nylas.com), which gives "approximately 8,192 characters"; the ical2org project
     * (GitHub rjhorniii/ical2org, issue 16) also calls 8K the documented limit.
     */
    static final int MAX_DESCRIPTION_LENGTH = 8192;

    private final MeetingProblems problems;

    ContentRules(MeetingProblems problems) {
        this.problems = problems;
    }

    Optional<String> video(ScalarSpec value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String link = value.text().strip();
        if (Characters.containsWhitespace(link)) {
            return reportVideo(value, Texts.quote(link) + " contains a space", "write the link without spaces");
        }
        URI uri;
        try {
            uri = new URI(link);
        } catch (URISyntaxException e) {
            return reportVideo(value, Texts.quote(link) + " is not a valid link: " + e.getReason(),
                    "copy the link again from the meeting invitation");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.isEmpty()) {
            // A scheme-relative link such as //zoom.us/j/1 already has the slashes.
            String withoutSlashes = link.replaceFirst("^/+", "");
            return reportVideo(value, Texts.quote(link) + " has no http:// or https://",
                    "write https://" + withoutSlashes);
        }
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return reportVideo(value, "video links must use http or https, but " + Texts.quote(link) + " uses "
                    + scheme + ":", "use the https:// link of the meeting room");
        }
        if (uri.getHost() == null && uri.getRawAuthority() != null && !uri.getRawAuthority().isEmpty()) {
            // java.net.URI leaves the host out when it has characters other than ASCII letters, digits, '-'
            // and '.', such as an internationalized domain name written in Unicode.
            return reportVideo(value, "the host name " + Texts.quote(hostOf(uri.getRawAuthority())) + " is invalid:"
                    + " a link needs ASCII letters, digits and '-' between single dots", asciiHostFix(link, uri));
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return reportVideo(value, Texts.quote(link) + " has no host name", "write a full link such as "
                    + "https://zoom.us/j/123456789");
        }
        return Optional.of(link);
    }

    /**
     * Returns the description text. Each part loses its trailing line breaks (a {@code |} block scalar
     * ends with one), blank parts are dropped, and the parts of a list are joined with one line break, so
     * a list reads as consecutive lines.
     */
    Optional<String> description(DescriptionSpec spec) {
        if (spec == null) {
            return Optional.of("");
        }
        List<String> parts = new ArrayList<>();
        for (ScalarSpec part : spec.parts()) {
            String text = stripTrailingLineBreaks(part.text());
            if (!text.isBlank()) {
                parts.add(text);
            }
        }
        String description = String.join("\n", parts);
        if (description.length() > MAX_DESCRIPTION_LENGTH) {
            problems.error("description", spec.location(), "description has " + description.length()
                    + " characters, more than the " + MAX_DESCRIPTION_LENGTH + " Google Calendar accepts",
                    "shorten it, or link to a document that holds the details");
            return Optional.empty();
        }
        return Optional.of(description);
    }

    private static String stripTrailingLineBreaks(String text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(0, end);
    }

    /** Returns the host of a URI authority, without user information and port. */
    private static String hostOf(String authority) {
        String hostAndPort = authority.substring(authority.lastIndexOf('@') + 1);
        int colon = hostAndPort.lastIndexOf(':');
        boolean port = colon >= 0 && Characters.allDigits(hostAndPort.substring(colon + 1));
        return port ? hostAndPort.substring(0, colon) : hostAndPort;
    }

    /** Suggests the link with an internationalized host name in its ASCII (xn--) form, when it has one. */
    private static String asciiHostFix(String link, URI uri) {
        String host = hostOf(uri.getRawAuthority());
        String ascii;
        try {
            ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException notADomainName) {
            ascii = host;
        }
        if (ascii.equals(host)) {
            return "copy the link again from the meeting invitation";
        }
        String authority = uri.getRawAuthority().replace(host, ascii);
        return "write the host in its ASCII form: "
                + link.replaceFirst(Pattern.quote(uri.getRawAuthority()), Matcher.quoteReplacement(authority));
    }

    private Optional<String> reportVideo(ScalarSpec value, String message, String fix) {
        problems.error("video", value.location(), message, fix);
        return Optional.empty();
    }
}
