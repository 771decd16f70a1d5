package io.calendarsync.backend.google;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The loopback redirect target of the OAuth installed-app flow: a one-shot HTTP server on 127.0.0.1 at a
 * port the system picks, which waits for the browser to bring back the authorization code.
 */
final class LoopbackReceiver implements AutoCloseable {

    private final HttpServer server;
    private final String expectedState;
    private final CompletableFuture<String> code = new CompletableFuture<>();

    LoopbackReceiver(String expectedState) throws IOException {
        this.expectedState = expectedState;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::receive);
        server.start();
    }

    String redirectUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** Waits for the code; raises {@link IllegalStateException} with the reason when none arrives. */
    String awaitCode(Duration timeout) throws InterruptedException {
        try {
            return code.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("no authorization arrived within " + timeout.toSeconds()
                    + " seconds; open the URL above and allow access, or raise --timeout");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage());
        }
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            if (!exchange.getRequestURI().getPath().equals("/") || query.isEmpty()) {
                respond(exchange, 404, "Not found.");
                return;
            }
            if (!expectedState.equals(query.get("state"))) {
                // Another page sent the browser here: ignore it, error or not, and keep waiting for the real
                // redirect, which carries the state even when it reports an error.
                respond(exchange, 400, "Unexpected request: the state does not match this sign-in.");
                return;
            }
            if (query.containsKey("error")) {
                // RFC 6749 error codes are printable ASCII; anything else is replaced before it is shown.
                String error = query.get("error").replaceAll("[^\\x20-\\x7E]", "?");
                respond(exchange, 400, "Authorization failed: " + escapeHtml(error) + ". Return to the terminal.");
                code.completeExceptionally(new IllegalStateException("the authorization was denied: "
                        + error + "; run mint-credentials again and choose Allow"));
                return;
            }
            if (!query.containsKey("code")) {
                respond(exchange, 400, "The redirect carried no authorization code.");
                return;
            }
            respond(exchange, 200, "calendar-sync received the authorization. You can close this tab.");
            code.complete(query.get("code"));
        }
    }

    private static void respond(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = ("<!doctype html><title>calendar-sync</title><p>" + text + "</p>").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            String[] parts = pair.split("=", 2);
            values.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return values;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
