package io.calendarsync.validate;

import io.calendarsync.config.Texts;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks e-mail addresses against a practical subset of RFC 5321: an ASCII local part of up to 64
 * characters, one '@', and a domain of at least two dot-separated labels. Quoted local parts and
 * internationalized domains are rejected, so a domain must be written in its xn-- form.
 */
final class EmailAddresses {

    private static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_LENGTH = 64;
    private static final Pattern LOCAL_PART = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern DOMAIN_LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern DISPLAY_NAME_FORM = Pattern.compile(".*<\\s*([^<>\\s]+@[^<>\\s]+)\\s*>.*");
    private static final String EXAMPLE = "name@example.org";

    private EmailAddresses() {
    }

    /** The reason an address is invalid and the text to write instead. */
    record Invalid(String reason, String fix) {
    }

    /** Returns why {@code address} is not a usable e-mail address, or empty when it is one. */
    static Optional<Invalid> check(String address) {
        if (isPlainValid(address)) {
            return Optional.empty();
        }
        String quoted = Texts.quote(address);
        if (address.isEmpty()) {
            return invalid("the e-mail address is empty", "write an address such as " + EXAMPLE);
        }
        var displayName = DISPLAY_NAME_FORM.matcher(address);
        if (displayName.matches()) {
            return invalid(quoted + " includes a display name", "write only the address: " + displayName.group(1));
        }
        if (address.regionMatches(true, 0, "mailto:", 0, 7)) {
            return invalid(quoted + " starts with 'mailto:'", "write only the address: " + address.substring(7));
        }
        if (Characters.containsWhitespace(address)) {
            return invalid(quoted + " contains a space", "write the address without spaces");
        }
        if (address.length() > MAX_LENGTH) {
            return invalid("the e-mail address has " + address.length() + " characters, more than " + MAX_LENGTH,
                    "check the address");
        }
        int at = address.indexOf('@');
        if (at < 0) {
            return invalid(quoted + " is not an e-mail address: it has no '@'", "write an address such as " + EXAMPLE);
        }
        if (address.indexOf('@', at + 1) >= 0) {
            return invalid(quoted + " has more than one '@'", "write a single address per attendee");
        }
        return checkParts(quoted, address.substring(0, at), address.substring(at + 1));
    }

    /** Returns true for the common case of a valid address, before any message is built. */
    private static boolean isPlainValid(String address) {
        int at = address.indexOf('@');
        return at > 0 && address.length() <= MAX_LENGTH && address.indexOf('@', at + 1) < 0
                && checkParts("", address.substring(0, at), address.substring(at + 1)).isEmpty();
    }

    private static Optional<Invalid> checkParts(String quoted, String local, String domain) {
        if (local.isEmpty() || local.length() > MAX_LOCAL_LENGTH || !LOCAL_PART.matcher(local).matches()) {
            return invalid(quoted + " is not a valid e-mail address: the part before '@' is empty, too long, or has"
                    + " characters or dots that are not allowed", "check the address");
        }
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return invalid(quoted + " is not a valid e-mail address: the domain " + Texts.quote(domain)
                    + " has no dot", "write the full domain, such as example.org");
        }
        for (String label : labels) {
            if (!DOMAIN_LABEL.matcher(label).matches()) {
                return invalid(quoted + " is not a valid e-mail address: the domain " + Texts.quote(domain)
                        + " is not a valid host name", "check the part after '@'");
            }
        }
        String topLevel = labels[labels.length - 1];
        if (topLevel.length() < 2 || Characters.allDigits(topLevel)) {
            return invalid(quoted + " is not a valid e-mail address: " + Texts.quote(topLevel)
                    + " is not a top-level domain", "check the part after the last dot");
        }
        return Optional.empty();
    }

    private static Optional<Invalid> invalid(String reason, String fix) {
        return Optional.of(new Invalid(reason, fix));
    }
}
