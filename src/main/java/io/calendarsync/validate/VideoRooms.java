package io.calendarsync.validate;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reduces a video link to the room it opens, so that two ways of writing one link compare equal. The scheme,
 * a leading {@code www.}, a default port, a trailing slash, the fragment and query parameters that do not
 * pick the room are ignored, and the host is compared without letter case.
 */
final class VideoRooms {

    /**
     * Query parameters that never pick a room: Zoom's passcode ({@code pwd}), Google Meet's account and source
     * choice ({@code authuser}, {@code hs}) and tracking tags. Other parameters stay, because some services
     * name the room in the query, such as Webex's {@code MTID}.
     */
    private static final Set<String> IGNORED_PARAMETERS = Set.of("pwd", "authuser", "hs");

    private VideoRooms() {
    }

    /** Returns the room of a link, or empty when the link is not an absolute URL with a host. */
    static Optional<String> room(String link) {
        URI uri;
        try {
            uri = new URI(link.strip());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (uri.getHost() == null) {
            return Optional.empty();
        }
        String host = host(uri.getHost());
        String path = uri.getRawPath() == null ? "" : withoutTrailingSlashes(uri.getRawPath());
        if (host.equals("meet.google.com")) {
            // Meet codes such as abc-defg-hij open the same room in any letter case.
            path = path.toLowerCase(Locale.ROOT);
        }
        int port = uri.getPort();
        String portPart = port == -1 || port == 80 || port == 443 ? "" : ":" + port;
        String query = query(uri.getRawQuery());
        return Optional.of(host + portPart + path + (query.isEmpty() ? "" : "?" + query));
    }

    /**
     * Zoom serves each meeting id from every regional host ({@code us02web.zoom.us} and {@code zoom.us}
     * open the same meeting), so the region is dropped.
     */
    private static String host(String rawHost) {
        String host = rawHost.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        if (host.endsWith(".zoom.us")) {
            host = "zoom.us";
        }
        return host;
    }

    /** Strips the trailing slashes with a loop: String.replaceAll would compile a pattern on every call. */
    private static String withoutTrailingSlashes(String path) {
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(0, end);
    }

    /**
     * Keeps the parameters that may pick the room, sorted so that their order does not matter. It loops
     * rather than streams because it runs for every meeting with a link, in every validate run.
     */
    private static String query(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> roomParameters = new ArrayList<>();
        for (String parameter : rawQuery.split("&")) {
            if (!parameter.isEmpty() && !ignored(parameter.split("=", 2)[0].toLowerCase(Locale.ROOT))) {
                roomParameters.add(parameter);
            }
        }
        Collections.sort(roomParameters);
        return String.join("&", roomParameters);
    }

    private static boolean ignored(String name) {
        return IGNORED_PARAMETERS.contains(name) || name.startsWith("utm_");
    }
}
