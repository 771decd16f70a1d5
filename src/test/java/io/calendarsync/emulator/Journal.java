package io.calendarsync.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Every request the emulator received, in order. HTTP requests and API calls are recorded separately: a
 * batch is one HTTP request holding several calls, and a direct API request is both.
 */
public final class Journal {

    /** What an entry records. */
    public enum Kind {
        /** An HTTP request to the Calendar API, a batch or the token endpoint. */
        HTTP,
        /** One Calendar API call, direct or inside a batch. */
        CALL,
        /** One token endpoint grant, with its details. */
        TOKEN
    }

    /**
     * One recorded request. {@code query} and {@code headers} hold the first value of each name, header
     * names in lower case; {@code status} is 0 for a dropped connection.
     */
    public record Entry(Kind kind, String method, String path, Map<String, String> query,
            Map<String, String> headers, int status, boolean batchPart) {

        public String query(String name) {
            return query.getOrDefault(name, "");
        }

        public boolean isWrite() {
            return kind == Kind.CALL && !method.equals("GET");
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    synchronized void add(Entry entry) {
        entries.add(entry);
    }

    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    public synchronized void clear() {
        entries.clear();
    }

    public List<Entry> httpRequests() {
        return entries().stream().filter(e -> e.kind() == Kind.HTTP).toList();
    }

    /** HTTP requests to the Calendar API and the batch endpoint, leaving out the token endpoint. */
    public List<Entry> apiRequests() {
        return httpRequests().stream().filter(e -> !e.path().equals("/token")).toList();
    }

    public List<Entry> calls() {
        return entries().stream().filter(e -> e.kind() == Kind.CALL).toList();
    }

    public List<Entry> writes() {
        return calls().stream().filter(Entry::isWrite).toList();
    }

    public List<Entry> tokenGrants() {
        return entries().stream().filter(e -> e.kind() == Kind.TOKEN).toList();
    }

    /** The events.list HTTP requests. */
    public List<Entry> listRequests() {
        Pattern list = Pattern.compile("/calendar/v3/calendars/[^/]+/events");
        return httpRequests().stream()
                .filter(e -> e.method().equals("GET") && list.matcher(e.path()).matches())
                .toList();
    }

    public List<Entry> calls(String method) {
        return calls().stream().filter(e -> e.method().equals(method)).toList();
    }
}
