package io.calendarsync.github;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stateful stand-in for the parts of GitHub's REST API the action uses, served by WireMock on localhost:
 * tokens with an identity and a permission, issue comments with paging, file contents at a ref, and branch
 * heads. It responds as GitHub does where the action depends on it: 403 on {@code GET /user} for an
 * installation token, 403 on writes with a read-only token, 404 for a missing file, and a Link header for
 * the next page of comments.
 */
final class FakeGitHub implements AutoCloseable {

    /** An account behind a token; {@code installation} tokens cannot read {@code GET /user}. */
    record Account(GitHubIdentity identity, boolean canWrite, boolean installation) {
    }

    record StoredComment(long id, String issue, String body, GitHubIdentity author) {
    }

    private static final Pattern COMMENTS = Pattern.compile("/repos/([^/]+)/([^/]+)/issues/(\\d+)/comments");
    private static final Pattern COMMENT = Pattern.compile("/repos/([^/]+)/([^/]+)/issues/comments/(\\d+)");
    private static final Pattern CONTENTS = Pattern.compile("/repos/([^/]+)/([^/]+)/contents/(.+)");
    private static final Pattern BRANCH = Pattern.compile("/repos/([^/]+)/([^/]+)/git/ref/heads/(.+)");

    private final Map<String, Account> tokens = new HashMap<>();
    private final Map<Long, StoredComment> comments = new LinkedHashMap<>();
    private final Map<String, String> files = new HashMap<>();
    private final Map<String, String> branches = new HashMap<>();
    private final AtomicLong ids = new AtomicLong(1000);
    private final WireMockServer server;

    FakeGitHub() {
        server = new WireMockServer(wireMockConfig().dynamicPort().extensions(new Transformer()));
        server.start();
        server.stubFor(any(anyUrl()).willReturn(aResponse().withTransformers(Transformer.NAME)));
    }

    String baseUrl() {
        return server.baseUrl();
    }

    WireMockServer server() {
        return server;
    }

    FakeGitHub token(String token, Account account) {
        tokens.put(token, account);
        return this;
    }

    FakeGitHub file(String repository, String ref, String path, String text) {
        files.put(repository + "@" + ref + ":" + path, text);
        return this;
    }

    FakeGitHub branch(String repository, String branch, String sha) {
        branches.put(repository + ":" + branch, sha);
        return this;
    }

    synchronized StoredComment addComment(String repository, long issue, String body, GitHubIdentity author) {
        StoredComment comment = new StoredComment(ids.incrementAndGet(), repository + "#" + issue, body, author);
        comments.put(comment.id(), comment);
        return comment;
    }

    synchronized List<StoredComment> comments(String repository, long issue) {
        return comments.values().stream().filter(c -> c.issue().equals(repository + "#" + issue)).toList();
    }

    /** Requests the action sent with this method whose path starts with {@code prefix}. */
    long requests(String method, String prefix) {
        return server.getAllServeEvents().stream()
                .map(ServeEvent::getRequest)
                .filter(r -> r.getMethod().getName().equals(method) && r.getUrl().startsWith(prefix))
                .count();
    }

    @Override
    public void close() {
        server.stop();
    }

    private synchronized ResponseDefinition answer(Request request) {
        Optional<Account> account = Optional.ofNullable(request.getHeader("Authorization"))
                .filter(h -> h.startsWith("Bearer "))
                .map(h -> tokens.get(h.substring("Bearer ".length())));
        if (account.isEmpty()) {
            return error(401, "Bad credentials");
        }

        URI uri = URI.create(request.getUrl());
        String path = uri.getRawPath();
        Map<String, String> query = query(uri);
        String method = request.getMethod().getName();

        if (method.equals("GET") && path.equals("/user")) {
            return account.get().installation() ? error(403, "Resource not accessible by integration")
                    : json(200, user(account.get().identity()));
        }
        Matcher matcher = COMMENTS.matcher(path);
        if (matcher.matches()) {
            String issue = matcher.group(1) + "/" + matcher.group(2) + "#" + matcher.group(3);
            return method.equals("POST") ? create(issue, request, account.get())
                    : list(issue, path, query);
        }
        matcher = COMMENT.matcher(path);
        if (matcher.matches() && method.equals("PATCH")) {
            return update(Long.parseLong(matcher.group(3)), request, account.get());
        }
        matcher = CONTENTS.matcher(path);
        if (matcher.matches() && method.equals("GET")) {
            String key = matcher.group(1) + "/" + matcher.group(2) + "@" + query.getOrDefault("ref", "main") + ":"
                    + decode(matcher.group(3));
            return content(files.get(key), request.getHeader("Accept"));
        }
        matcher = BRANCH.matcher(path);
        if (matcher.matches() && method.equals("GET")) {
            String sha = branches.get(matcher.group(1) + "/" + matcher.group(2) + ":" + decode(matcher.group(3)));
            if (sha == null) {
                return error(404, "Not Found");
            }
            JsonObject object = new JsonObject();
            object.addProperty("sha", sha);
            object.addProperty("type", "commit");
            JsonObject ref = new JsonObject();
            ref.addProperty("ref", "refs/heads/" + decode(matcher.group(3)));
            ref.add("object", object);
            return json(200, ref);
        }
        return error(404, "Not Found");
    }

    private ResponseDefinition list(String issue, String path, Map<String, String> query) {
        int perPage = Math.min(100, Integer.parseInt(query.getOrDefault("per_page", "30")));
        int page = Integer.parseInt(query.getOrDefault("page", "1"));
        List<StoredComment> all = comments.values().stream().filter(c -> c.issue().equals(issue)).toList();
        JsonArray body = new JsonArray();
        for (int i = (page - 1) * perPage; i < Math.min(all.size(), page * perPage); i++) {
            body.add(comment(all.get(i)));
        }

        ResponseDefinitionBuilder response = aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody(body.toString());
        if (page * perPage < all.size()) {
            response.withHeader("Link", "<" + baseUrl() + path + "?per_page=" + perPage + "&page=" + (page + 1)
                    + ">; rel=\"next\", <" + baseUrl() + path + "?per_page=" + perPage + "&page="
                    + ((all.size() + perPage - 1) / perPage) + ">; rel=\"last\"");
        }
        return response.build();
    }

    private ResponseDefinition create(String issue, Request request, Account account) {
        if (!account.canWrite()) {
            return error(403, "Resource not accessible by integration");
        }
        String body = JsonParser.parseString(request.getBodyAsString()).getAsJsonObject().get("body").getAsString();
        StoredComment comment = new StoredComment(ids.incrementAndGet(), issue, body, account.identity());
        comments.put(comment.id(), comment);
        return json(201, comment(comment));
    }

    private ResponseDefinition update(long id, Request request, Account account) {
        StoredComment existing = comments.get(id);
        if (existing == null) {
            return error(404, "Not Found");
        }
        if (!account.canWrite() || !existing.author().equals(account.identity())) {
            return error(403, "Resource not accessible by integration");
        }
        String body = JsonParser.parseString(request.getBodyAsString()).getAsJsonObject().get("body").getAsString();
        StoredComment updated = new StoredComment(id, existing.issue(), body, existing.author());
        comments.put(id, updated);
        return json(200, comment(updated));
    }

    private static ResponseDefinition content(String text, String accept) {
        if (text == null) {
            return error(404, "Not Found");
        }
        if (accept != null && accept.contains("raw")) {
            return aResponse().withStatus(200).withHeader("Content-Type", "application/vnd.github.raw; charset=utf-8")
                    .withBody(text).build();
        }
        JsonObject json = new JsonObject();
        json.addProperty("encoding", "base64");
        json.addProperty("content", Base64.getMimeEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
        return json(200, json);
    }

    private JsonObject comment(StoredComment comment) {
        JsonObject json = new JsonObject();
        json.addProperty("id", comment.id());
        json.addProperty("body", comment.body());
        json.addProperty("html_url", "https://github.example/comments/" + comment.id());
        json.add("user", user(comment.author()));
        return json;
    }

    private static JsonObject user(GitHubIdentity identity) {
        JsonObject user = new JsonObject();
        user.addProperty("login", identity.login());
        user.addProperty("type", identity.type());
        return user;
    }

    private static ResponseDefinition json(int status, JsonObject body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody(body.toString()).build();
    }

    private static ResponseDefinition error(int status, String message) {
        JsonObject body = new JsonObject();
        body.addProperty("message", message);
        body.addProperty("documentation_url", "https://docs.github.com/rest");
        return json(status, body);
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> query = new HashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] parts = pair.split("=", 2);
                query.put(decode(parts[0]), parts.length > 1 ? decode(parts[1]) : "");
            }
        }
        return query;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private final class Transformer implements ResponseDefinitionTransformerV2 {
        static final String NAME = "fake-github";

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            return answer(serveEvent.getRequest());
        }

        @Override
        public String getName() {
            return NAME;
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }
    }
}
