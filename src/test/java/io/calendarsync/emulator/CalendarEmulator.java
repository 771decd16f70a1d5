package io.calendarsync.emulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PublicKey;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPInputStream;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A stateful Google Calendar API v3 emulator on 127.0.0.1, with Google's OAuth token and authorization
 * endpoints, fault injection and a journal of every request. The real client libraries reach it through
 * {@code setRootUrl} and the credential JSON's {@code token_uri}.
 *
 * <p>Wire details of the Java client it accepts: PATCH arrives as POST with {@code X-HTTP-Method-Override}
 * and a gzip-compressed, chunked body, and batch parts carry absolute URLs.
 */
public final class CalendarEmulator implements AutoCloseable {

    private static final String BATCH_PATH = "/batch/calendar/v3";

    private final HttpServer server;
    private HttpsServer tlsServer;
    private final ExecutorService executor;
    private final EventsApi events;
    private final TokenServer tokens;
    private final Faults faults = new Faults();
    private final Journal journal = new Journal();

    private CalendarEmulator(Clock clock) throws IOException {
        events = new EventsApi(clock);
        tokens = new TokenServer(clock);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        executor = Executors.newFixedThreadPool(4);
        server.setExecutor(executor);
        server.createContext("/", this::serve);
        server.start();
    }

    public static CalendarEmulator start() {
        try {
            return new CalendarEmulator(Clock.systemUTC());
        } catch (IOException e) {
            throw new IllegalStateException("could not start the Calendar API emulator", e);
        }
    }

    /** Returns the API root URL, for {@code setRootUrl} or {@code --google-api-url}. */
    public String rootUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    public String tokenUri() {
        return rootUrl() + "token";
    }

    public String authUri() {
        return rootUrl() + "o/oauth2/auth";
    }

    public EmulatedCalendar addCalendar(String id, ZoneId zone) {
        return events.addCalendar(id, zone);
    }

    public EmulatedCalendar calendar(String id) {
        return events.calendar(id);
    }

    public Faults faults() {
        return faults;
    }

    public Journal journal() {
        return journal;
    }

    /** Caps list pages below Google's 2,500 events, to exercise paging with few events. */
    public void pageLimit(int limit) {
        events.pageLimit(limit);
    }

    /** Makes every page but the last followed by an empty page that still has a nextPageToken. */
    public void emptyPages(boolean on) {
        events.emptyPages(on);
    }

    public void registerClient(String clientId, String secret) {
        tokens.registerClient(clientId, secret);
    }

    /** Issues a refresh token of {@code clientId} that acts as {@code email}. */
    public String issueRefreshToken(String clientId, String email) {
        return tokens.issueRefreshToken(clientId, email);
    }

    public void revokeRefreshToken(String token) {
        tokens.revokeRefreshToken(token);
    }

    public void registerServiceAccount(String email, PublicKey key) {
        tokens.registerServiceAccount(email, key);
    }

    /** Issues an access token acting as {@code email}, as google-github-actions/auth would mint one. */
    public String issueAccessToken(String email) {
        return tokens.issueAccessToken(new Principal(email, false));
    }

    /** Sets the user the authorization endpoint signs in as. */
    public void consentAs(String email) {
        tokens.consentAs(email);
    }

    /** Accepts {@code subjectToken} at the token endpoint's token exchange as proof of {@code email}. */
    public void registerSubjectToken(String subjectToken, String email) {
        tokens.registerSubjectToken(subjectToken, email);
    }

    /**
     * Serves the same endpoints over HTTPS as well, with the key and certificate of {@code keyStore}, and
     * returns the HTTPS root URL. google-auth-library accepts only https token URLs for external_account.
     */
    public synchronized String startTls(KeyStore keyStore, char[] password) {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(keyStore, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            tlsServer = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            tlsServer.setHttpsConfigurator(new HttpsConfigurator(context));
            tlsServer.setExecutor(executor);
            tlsServer.createContext("/", this::serve);
            tlsServer.start();
            return "https://127.0.0.1:" + tlsServer.getAddress().getPort() + "/";
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("could not start the emulator's HTTPS listener", e);
        }
    }

    @Override
    public void close() {
        if (tlsServer != null) {
            tlsServer.stop(0);
        }
        server.stop(0);
        executor.shutdownNow();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> headers = headers(exchange);
            String method = headers.getOrDefault("x-http-method-override", exchange.getRequestMethod()).toUpperCase(Locale.ROOT);
            String path = exchange.getRequestURI().getRawPath();
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            byte[] body = body(exchange, headers);
            delay();

            if (path.equals("/token")) {
                serveToken(exchange, headers, query, body);
                return;
            }
            if (path.equals("/o/oauth2/auth")) {
                ApiResponse response = tokens.authorize(query);
                record(Journal.Kind.HTTP, method, path, query, headers, response.status(), false);
                send(exchange, response);
                return;
            }
            serveApi(exchange, method, path, query, headers, body);
        }
    }

    private void serveApi(HttpExchange exchange, String method, String path, Map<String, String> query,
            Map<String, String> headers, byte[] body) throws IOException {
        boolean batch = path.equals(BATCH_PATH);
        boolean api = batch || EventsApi.isApiPath(path);
        Optional<Fault> fault = faults.forRequest(method, path, api);
        if (fault.isPresent() && fault.get() == Fault.DROP_CONNECTION) {
            record(Journal.Kind.HTTP, method, path, query, headers, 0, false);
            return;
        }
        if (fault.isPresent() && !fault.get().dropsConnection()) {
            ApiResponse response = ApiResponse.fault(fault.get(), faults.retryAfterSeconds());
            record(Journal.Kind.HTTP, method, path, query, headers, response.status(), false);
            send(exchange, response);
            return;
        }

        ApiResponse response = batch
                ? batch(headers, body)
                : call(method, path, query, headers, new String(body, StandardCharsets.UTF_8), false);
        boolean dropAfter = fault.isPresent() && fault.get() == Fault.DROP_AFTER_PROCESSING;
        record(Journal.Kind.HTTP, method, path, query, headers, dropAfter ? 0 : response.status(), false);
        if (!dropAfter) {
            send(exchange, response);
        }
    }

    private ApiResponse batch(Map<String, String> headers, byte[] body) {
        List<BatchCodec.Part> parts = BatchCodec.parse(headers.get("content-type"), body);
        List<ApiResponse> responses = new ArrayList<>();
        for (BatchCodec.Part part : parts) {
            responses.add(call(part.method(), part.path(), query(part.rawQuery()), part.headers(), part.body(), true));
        }
        Map<String, String> responseHeaders = Map.of("Content-Type", "multipart/mixed; boundary=" + BatchCodec.RESPONSE_BOUNDARY);
        return new ApiResponse(200, responseHeaders, new String(BatchCodec.format(parts, responses), StandardCharsets.UTF_8));
    }

    private ApiResponse call(String method, String path, Map<String, String> query, Map<String, String> headers,
            String body, boolean batchPart) {
        Optional<Fault> fault = faults.forCall(method, path, batchPart);
        ApiResponse response = fault.isPresent()
                ? ApiResponse.fault(fault.get(), faults.retryAfterSeconds())
                : events.handle(method, path, query, headers, body, tokens.principal(headers.get("authorization")));
        record(Journal.Kind.CALL, method, path, query, headers, response.status(), batchPart);
        return response;
    }

    private void serveToken(HttpExchange exchange, Map<String, String> headers, Map<String, String> query, byte[] body)
            throws IOException {
        Map<String, String> form = query(new String(body, StandardCharsets.UTF_8));
        Map<String, String> grant = new LinkedHashMap<>();
        ApiResponse response = tokens.token(form, grant);
        record(Journal.Kind.HTTP, "POST", "/token", query, headers, response.status(), false);
        record(Journal.Kind.TOKEN, "POST", "/token", grant, Map.of(), response.status(), false);
        send(exchange, response);
    }

    private void record(Journal.Kind kind, String method, String path, Map<String, String> query,
            Map<String, String> headers, int status, boolean batchPart) {
        journal.add(new Journal.Entry(kind, method, path, Map.copyOf(query), Map.copyOf(headers), status, batchPart));
    }

    private void delay() {
        long millis = faults.latency().toMillis();
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void send(HttpExchange exchange, ApiResponse response) throws IOException {
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
        if (bytes.length == 0) {
            exchange.sendResponseHeaders(response.status(), -1);
            return;
        }
        exchange.sendResponseHeaders(response.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> headers(HttpExchange exchange) {
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!values.isEmpty()) {
                headers.put(name.toLowerCase(Locale.ROOT), values.get(0));
            }
        });
        return headers;
    }

    private static byte[] body(HttpExchange exchange, Map<String, String> headers) throws IOException {
        byte[] raw = exchange.getRequestBody().readAllBytes();
        if ("gzip".equalsIgnoreCase(headers.get("content-encoding"))) {
            try (InputStream gzip = new GZIPInputStream(new ByteArrayInputStream(raw))) {
                return gzip.readAllBytes();
            }
        }
        return raw;
    }

    static Map<String, String> query(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            String[] parts = pair.split("=", 2);
            String name = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
            values.putIfAbsent(name, parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return values;
    }
}
