package io.calendarsync.emulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The events collection of Calendar API v3 with Google's documented behaviour: 409 for an existing id
 * (tombstones included), 400 for an invalid id, 404 for an unknown calendar, date-times returned with the
 * calendar zone's offset, server fields, a new etag per write and 412 on a stale {@code If-Match}, extended
 * properties dropped by an update that omits them, and 403 for attendees invited by a service account
 * acting as itself.
 */
final class EventsApi {

    private static final Pattern EVENTS = Pattern.compile("/calendar/v3/calendars/([^/]+)/events(?:/([^/]+))?");
    private static final Pattern EVENT_ID = Pattern.compile("[a-v0-9]{5,1024}");
    private static final DateTimeFormatter GOOGLE_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private final Map<String, EmulatedCalendar> calendars = new ConcurrentHashMap<>();
    private final AtomicLong etags = new AtomicLong(3_400_000_000_000_000L);
    private final Clock clock;

    /** Page size cap below Google's 2,500, so tests can force paging. */
    private volatile int pageLimit = 2500;
    private volatile boolean emptyPages;

    EventsApi(Clock clock) {
        this.clock = clock;
    }

    EmulatedCalendar addCalendar(String id, ZoneId zone) {
        return calendars.computeIfAbsent(id, key -> new EmulatedCalendar(key, zone, etags));
    }

    EmulatedCalendar calendar(String id) {
        EmulatedCalendar calendar = calendars.get(id);
        if (calendar == null) {
            throw new IllegalArgumentException("no calendar " + id);
        }
        return calendar;
    }

    void pageLimit(int limit) {
        pageLimit = limit;
    }

    void emptyPages(boolean on) {
        emptyPages = on;
    }

    static boolean isApiPath(String path) {
        return EVENTS.matcher(path).matches();
    }

    ApiResponse handle(String method, String path, Map<String, String> query, Map<String, String> headers,
            String body, Optional<Principal> principal) {
        Matcher matcher = EVENTS.matcher(path);
        if (!matcher.matches()) {
            return ApiResponse.error(404, "notFound", "Not Found");
        }
        if (principal.isEmpty()) {
            return ApiResponse.error(401, "authError", "Invalid Credentials");
        }
        String calendarId = java.net.URLDecoder.decode(matcher.group(1), java.nio.charset.StandardCharsets.UTF_8);
        EmulatedCalendar calendar = calendars.get(calendarId);
        String role = calendar == null ? "none" : calendar.role(principal.get().email());
        if (role.equals("none")) {
            return ApiResponse.error(404, "notFound", "Not Found");
        }
        boolean write = !method.equals("GET");
        if (write && !(role.equals("writer") || role.equals("owner"))) {
            return ApiResponse.error(403, "requiredAccessLevel", "You need to have writer access to this calendar.");
        }
        String eventId = matcher.group(2);
        ApiResponse response;
        synchronized (calendar) {
            response = route(method, calendar, role, eventId, query, headers, body, principal.get());
        }
        return partial(response, query.get("fields"));
    }

    /** Applies the {@code fields} parameter to a successful JSON response, as Google's partial response does. */
    private static ApiResponse partial(ApiResponse response, String fields) {
        Optional<FieldMask> mask = FieldMask.parse(fields);
        if (mask.isEmpty() || response.status() != 200 || response.body().isEmpty()) {
            return response;
        }
        JsonElement filtered = mask.get().apply(JsonParser.parseString(response.body()));
        return new ApiResponse(response.status(), response.headers(), filtered.toString());
    }

    private ApiResponse route(String method, EmulatedCalendar calendar, String role, String eventId,
            Map<String, String> query, Map<String, String> headers, String body, Principal principal) {
        if (eventId == null) {
            return switch (method) {
                case "GET" -> list(calendar, role, query);
                case "POST" -> insert(calendar, parse(body), principal);
                default -> ApiResponse.error(405, "methodNotAllowed", "Method not allowed");
            };
        }
        return switch (method) {
            case "GET" -> get(calendar, eventId);
            case "PUT" -> write(calendar, eventId, headers, parse(body), principal, false);
            case "PATCH" -> write(calendar, eventId, headers, parse(body), principal, true);
            case "DELETE" -> delete(calendar, eventId, headers);
            default -> ApiResponse.error(405, "methodNotAllowed", "Method not allowed");
        };
    }

    private ApiResponse list(EmulatedCalendar calendar, String role, Map<String, String> query) {
        boolean showDeleted = Boolean.parseBoolean(query.getOrDefault("showDeleted", "false"));
        int maxResults = Math.min(Integer.parseInt(query.getOrDefault("maxResults", "250")), Math.min(2500, pageLimit));
        String token = query.getOrDefault("pageToken", "");

        // Tokens are "P<offset>" for a page and "E<offset>" for an empty page that Google sometimes returns.
        List<JsonObject> visible = calendar.events.values().stream()
                .filter(e -> showDeleted || !"cancelled".equals(EmulatedCalendar.status(e)))
                .toList();
        int offset = token.isEmpty() ? 0 : Integer.parseInt(token.substring(1));
        JsonArray items = new JsonArray();
        String next = null;
        if (token.startsWith("E")) {
            next = "P" + offset;
        } else {
            int end = Math.min(visible.size(), offset + maxResults);
            for (JsonObject event : visible.subList(offset, end)) {
                items.add(event.deepCopy());
            }
            if (end < visible.size()) {
                next = (emptyPages ? "E" : "P") + end;
            }
        }

        JsonObject page = new JsonObject();
        page.addProperty("kind", "calendar#events");
        page.addProperty("etag", calendar.nextEtag());
        page.addProperty("summary", calendar.id());
        page.addProperty("updated", now());
        page.addProperty("timeZone", calendar.zone().getId());
        page.addProperty("accessRole", role);
        page.add("defaultReminders", new JsonArray());
        if (next != null) {
            page.addProperty("nextPageToken", next);
        }
        page.add("items", items);
        return ApiResponse.json(200, page);
    }

    private ApiResponse get(EmulatedCalendar calendar, String eventId) {
        JsonObject event = calendar.events.get(eventId);
        if (event == null) {
            return ApiResponse.error(404, "notFound", "Not Found");
        }
        return ApiResponse.json(200, event.deepCopy());
    }

    private ApiResponse insert(EmulatedCalendar calendar, JsonObject body, Principal principal) {
        String id = body.has("id") ? body.get("id").getAsString() : UUID.randomUUID().toString().replace("-", "").substring(0, 26);
        if (!EVENT_ID.matcher(id).matches()) {
            return ApiResponse.error(400, "invalid", "Invalid resource id value.");
        }
        if (calendar.events.containsKey(id)) {
            return ApiResponse.error(409, "duplicate", "The requested identifier already exists.");
        }
        Optional<ApiResponse> invalid = validate(body, principal);
        if (invalid.isPresent()) {
            return invalid.get();
        }
        JsonObject stored = normalize(body, calendar, principal);
        stored.addProperty("id", id);
        stored.addProperty("created", now());
        stored.addProperty("sequence", 0);
        stored.addProperty("iCalUID", id + "@google.com");
        stored.addProperty("htmlLink", "https://www.google.com/calendar/event?eid=" + id);
        JsonObject creator = new JsonObject();
        creator.addProperty("email", principal.email());
        stored.add("creator", creator);
        stamp(stored, calendar);
        calendar.events.put(id, stored);
        return ApiResponse.json(200, stored);
    }

    private ApiResponse write(EmulatedCalendar calendar, String eventId, Map<String, String> headers, JsonObject body,
            Principal principal, boolean patch) {
        JsonObject existing = calendar.events.get(eventId);
        if (existing == null) {
            return ApiResponse.error(404, "notFound", "Not Found");
        }
        Optional<ApiResponse> stale = checkEtag(existing, headers);
        if (stale.isPresent()) {
            return stale.get();
        }
        JsonObject merged;
        if (patch) {
            merged = existing.deepCopy();
            merge(merged, body);
        } else {
            // An update replaces every writable field: what the body leaves out, extended properties
            // included, is gone afterwards.
            merged = body.deepCopy();
            if (!merged.has("status")) {
                merged.addProperty("status", "confirmed");
            }
        }
        Optional<ApiResponse> invalid = validate(merged, principal);
        if (invalid.isPresent()) {
            return invalid.get();
        }
        JsonObject stored = normalize(merged, calendar, principal);
        for (String serverField : List.of("id", "created", "iCalUID", "htmlLink", "creator")) {
            if (existing.has(serverField)) {
                stored.add(serverField, existing.get(serverField));
            }
        }
        stored.addProperty("id", eventId);
        stored.addProperty("sequence", existing.has("sequence") ? existing.get("sequence").getAsInt() + 1 : 1);
        stamp(stored, calendar);
        calendar.events.put(eventId, stored);
        return ApiResponse.json(200, stored);
    }

    private ApiResponse delete(EmulatedCalendar calendar, String eventId, Map<String, String> headers) {
        JsonObject existing = calendar.events.get(eventId);
        if (existing == null) {
            return ApiResponse.error(404, "notFound", "Not Found");
        }
        if ("cancelled".equals(EmulatedCalendar.status(existing))) {
            return ApiResponse.error(410, "deleted", "Resource has been deleted");
        }
        Optional<ApiResponse> stale = checkEtag(existing, headers);
        if (stale.isPresent()) {
            return stale.get();
        }
        // Google keeps a deleted event as a tombstone with few fields, and its id stays taken.
        JsonObject tombstone = new JsonObject();
        tombstone.addProperty("kind", "calendar#event");
        tombstone.addProperty("id", eventId);
        tombstone.addProperty("status", "cancelled");
        stamp(tombstone, calendar);
        calendar.events.put(eventId, tombstone);
        return ApiResponse.noContent();
    }

    private Optional<ApiResponse> checkEtag(JsonObject existing, Map<String, String> headers) {
        String ifMatch = headers.get("if-match");
        if (ifMatch != null && !ifMatch.equals("*") && !ifMatch.equals(existing.get("etag").getAsString())) {
            return Optional.of(ApiResponse.error(412, "conditionNotMet", "Precondition Failed"));
        }
        return Optional.empty();
    }

    private Optional<ApiResponse> validate(JsonObject event, Principal principal) {
        if ("cancelled".equals(EmulatedCalendar.status(event))) {
            return Optional.empty();
        }
        if (!event.has("start") || !event.has("end")) {
            return Optional.of(ApiResponse.error(400, "required", "Missing " + (event.has("start") ? "end" : "start") + " time."));
        }
        boolean recurring = event.has("recurrence") && !event.getAsJsonArray("recurrence").isEmpty();
        if (recurring && !event.getAsJsonObject("start").has("timeZone")) {
            return Optional.of(ApiResponse.error(400, "invalid", "Missing time zone definition for start time."));
        }
        try {
            if (!instant(event.getAsJsonObject("end"), ZoneId.of("UTC")).isAfter(instant(event.getAsJsonObject("start"), ZoneId.of("UTC")))) {
                return Optional.of(ApiResponse.error(400, "timeRangeEmpty", "The specified time range is empty."));
            }
        } catch (DateTimeParseException e) {
            return Optional.of(ApiResponse.error(400, "invalid", "Invalid start or end time."));
        }
        boolean hasAttendees = event.has("attendees") && !event.getAsJsonArray("attendees").isEmpty();
        if (hasAttendees && principal.serviceAccountWithoutSubject()) {
            return Optional.of(ApiResponse.error(403, "forbiddenForServiceAccounts",
                    "Service accounts cannot invite attendees without Domain-Wide Delegation of Authority."));
        }
        return Optional.empty();
    }

    /** Turns a request body into the stored form: offsets in the calendar's zone, attendee defaults. */
    private JsonObject normalize(JsonObject body, EmulatedCalendar calendar, Principal principal) {
        JsonObject stored = body.deepCopy();
        stored.addProperty("kind", "calendar#event");
        if (!stored.has("status")) {
            stored.addProperty("status", "confirmed");
        }

        for (String key : List.of("start", "end")) {
            if (stored.has(key) && stored.getAsJsonObject(key).has("dateTime")) {
                JsonObject time = stored.getAsJsonObject(key);
                Instant instant = instant(time, calendar.zone());
                time.addProperty("dateTime", GOOGLE_DATE_TIME.format(instant.atZone(calendar.zone())));
            }
        }

        normalizeAttendees(stored, principal);
        dropEmpty(stored);
        addServerFields(stored, calendar);
        return stored;
    }

    private static void normalizeAttendees(JsonObject stored, Principal principal) {
        if (!stored.has("attendees")) {
            return;
        }
        for (JsonElement element : stored.getAsJsonArray("attendees")) {
            JsonObject attendee = element.getAsJsonObject();
            if (!attendee.has("responseStatus")) {
                attendee.addProperty("responseStatus", "needsAction");
            }
            if (attendee.has("email") && attendee.get("email").getAsString().equalsIgnoreCase(principal.email())) {
                attendee.addProperty("self", true);
            }
        }
    }

    /** Removes empty lists and texts, which Google does not return. */
    private static void dropEmpty(JsonObject stored) {
        for (String list : List.of("attendees", "recurrence")) {
            if (stored.has(list) && stored.getAsJsonArray(list).isEmpty()) {
                stored.remove(list);
            }
        }
        for (String text : List.of("description", "location")) {
            if (stored.has(text) && stored.get(text).getAsString().isEmpty()) {
                stored.remove(text);
            }
        }
    }

    private static void addServerFields(JsonObject stored, EmulatedCalendar calendar) {
        JsonObject organizer = new JsonObject();
        organizer.addProperty("email", calendar.id());
        organizer.addProperty("self", true);
        stored.add("organizer", organizer);
        if (!stored.has("reminders")) {
            JsonObject reminders = new JsonObject();
            reminders.addProperty("useDefault", true);
            stored.add("reminders", reminders);
        }
        stored.addProperty("eventType", "default");
    }

    private void stamp(JsonObject event, EmulatedCalendar calendar) {
        event.addProperty("etag", calendar.nextEtag());
        event.addProperty("updated", now());
    }

    /** Parses a dateTime with an offset, or a local one in the event's {@code timeZone} or the calendar's zone. */
    private static Instant instant(JsonObject time, ZoneId calendarZone) {
        String text = time.get("dateTime").getAsString();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException noOffset) {
            ZoneId zone = time.has("timeZone") ? ZoneId.of(time.get("timeZone").getAsString()) : calendarZone;
            return LocalDateTime.parse(text).atZone(zone).toInstant();
        }
    }

    /** Deep merge of a patch body: objects merge, arrays and values replace, JSON null removes. */
    private static void merge(JsonObject target, JsonObject patch) {
        for (Map.Entry<String, JsonElement> entry : patch.entrySet()) {
            JsonElement value = entry.getValue();
            if (value.isJsonNull()) {
                target.remove(entry.getKey());
            } else if (value.isJsonObject() && target.has(entry.getKey()) && target.get(entry.getKey()).isJsonObject()) {
                merge(target.getAsJsonObject(entry.getKey()), value.getAsJsonObject());
            } else {
                target.add(entry.getKey(), value.deepCopy());
            }
        }
    }

    private String now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString();
    }

    private static JsonObject parse(String body) {
        if (body == null || body.isBlank()) {
            return new JsonObject();
        }
        return JsonParser.parseString(body).getAsJsonObject();
    }
}
