package io.calendarsync.emulator;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes the multipart/mixed bodies of {@code POST /batch/calendar/v3}: each part is a whole
 * HTTP request (the Java client writes absolute URLs) or a whole HTTP response.
 */
final class BatchCodec {

    static final String RESPONSE_BOUNDARY = "batch_emulated_boundary";

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern BLANK_LINE = Pattern.compile("\r?\n\r?\n");

    /** One call inside a batch. */
    record Part(String contentId, String method, String path, String rawQuery, Map<String, String> headers, String body) {
    }

    private BatchCodec() {
    }

    static List<Part> parse(String contentType, byte[] body) {
        Matcher boundaryMatcher = BOUNDARY.matcher(contentType == null ? "" : contentType);
        if (!boundaryMatcher.find()) {
            throw new IllegalArgumentException("batch request without a multipart boundary: " + contentType);
        }
        String delimiter = "--" + boundaryMatcher.group(1);
        // ISO-8859-1 maps bytes one to one, so splitting cannot damage UTF-8 inside the bodies.
        String text = new String(body, StandardCharsets.ISO_8859_1);
        List<Part> parts = new ArrayList<>();
        String[] segments = text.split(Pattern.quote(delimiter));
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.startsWith("--")) {
                break;
            }
            parts.add(parsePart(segment.replaceFirst("^\r?\n", "")));
        }
        return parts;
    }

    private static Part parsePart(String segment) {
        String[] mimeAndRequest = BLANK_LINE.split(segment, 2);
        Map<String, String> mimeHeaders = headers(mimeAndRequest[0]);
        String[] headAndBody = BLANK_LINE.split(mimeAndRequest[1], 2);
        String[] headLines = headAndBody[0].split("\r?\n", 2);
        String[] requestLine = headLines[0].split(" ");
        URI uri = URI.create(requestLine[1]);
        Map<String, String> headers = headLines.length > 1 ? headers(headLines[1]) : new LinkedHashMap<>();
        String body = headAndBody.length > 1 ? headAndBody[1].replaceFirst("\r?\n$", "") : "";
        String method = headers.getOrDefault("x-http-method-override", requestLine[0]).toUpperCase(Locale.ROOT);
        return new Part(mimeHeaders.getOrDefault("content-id", ""), method, uri.getRawPath(), uri.getRawQuery(),
                headers, new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
    }

    private static Map<String, String> headers(String block) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : block.split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.putIfAbsent(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
            }
        }
        return headers;
    }

    static byte[] format(List<Part> parts, List<ApiResponse> responses) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            ApiResponse response = responses.get(i);
            byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
            text.append("--").append(RESPONSE_BOUNDARY).append("\r\n")
                    .append("Content-Type: application/http\r\n")
                    .append("Content-ID: response-").append(parts.get(i).contentId().replaceAll("[<>]", "")).append("\r\n")
                    .append("\r\n")
                    .append("HTTP/1.1 ").append(response.status()).append(' ').append(reasonPhrase(response.status())).append("\r\n");
            response.headers().forEach((name, value) -> text.append(name).append(": ").append(value).append("\r\n"));
            text.append("Content-Length: ").append(body.length).append("\r\n")
                    .append("\r\n")
                    .append(response.body()).append("\r\n");
        }
        text.append("--").append(RESPONSE_BOUNDARY).append("--\r\n");
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String reasonPhrase(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 204 -> "No Content";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 409 -> "Conflict";
            case 410 -> "Gone";
            case 412 -> "Precondition Failed";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            default -> "Status";
        };
    }
}
