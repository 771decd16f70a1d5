package io.calendarsync.github;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The few GitHub REST calls the action makes: its own identity, the comments of a pull request, creating
 * and editing a comment, a file at a commit, and the head of a branch. The base URL comes from
 * {@code GITHUB_API_URL}, so GitHub Enterprise Server and local test servers work alike.
 */
public final class GitHubApi {

    private static final Logger LOG = LoggerFactory.getLogger(GitHubApi.class);

    /** GitHub returns at most 100 comments per page; a pull request with more is read page by page. */
    static final int PAGE_SIZE = 100;
    /** A bound on pages, so a server that always links a next page cannot keep the action running. */
    static final int MAX_PAGES = 300;

    private static final String JSON = "application/vnd.github+json";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern NEXT_LINK = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"next\"");

    private final URI baseUrl;
    private final String token;
    private final HttpClient http;

    public GitHubApi(URI baseUrl, String token, HttpClient http) {
        String base = baseUrl.toString();
        this.baseUrl = URI.create(base.endsWith("/") ? base : base + "/");
        this.token = token;
        this.http = http;
    }

    public static HttpClient defaultHttpClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /**
     * Returns the account the token acts for, or empty when {@code GET /user} is rejected, as it is with 403
     * for an installation token such as the default GITHUB_TOKEN.
     */
    public Optional<GitHubIdentity> authenticatedUser() throws GitHubApiException {
        try {
            URI uri = baseUrl.resolve("user");
            return Optional.of(identity(object(send("GET", uri, null, JSON), "GET " + uri.getPath())));
        } catch (GitHubApiException e) {
            if (e.permissionDenied() || e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Returns every comment of an issue or pull request, oldest first, following the pages GitHub links. */
    public List<IssueComment> issueComments(RepositoryName repository, long number) throws GitHubApiException {
        List<IssueComment> comments = new ArrayList<>();
        URI page = baseUrl.resolve(repoPath(repository) + "/issues/" + number + "/comments?per_page=" + PAGE_SIZE);
        for (int pages = 0; page != null; pages++) {
            if (pages == MAX_PAGES) {
                throw new GitHubApiException("GET " + page.getPath(), 0,
                        "more than " + MAX_PAGES + " pages of comments; stopped reading");
            }
            String request = "GET " + page.getPath();
            Response response = exchange("GET", page, null, JSON);
            JsonElement list = parse(response, request);
            if (!list.isJsonArray()) {
                throw new GitHubApiException(request, response.status(), "the response is not a list of comments");
            }
            for (JsonElement comment : list.getAsJsonArray()) {
                comments.add(comment(object(comment, request), request));
            }
            page = response.next().orElse(null);
        }
        return comments;
    }

    public IssueComment createIssueComment(RepositoryName repository, long number, String body)
            throws GitHubApiException {
        URI uri = baseUrl.resolve(repoPath(repository) + "/issues/" + number + "/comments");
        String request = "POST " + uri.getPath();
        return comment(object(send("POST", uri, bodyJson(body), JSON), request), request);
    }

    public IssueComment updateIssueComment(RepositoryName repository, long commentId, String body)
            throws GitHubApiException {
        URI uri = baseUrl.resolve(repoPath(repository) + "/issues/comments/" + commentId);
        String request = "PATCH " + uri.getPath();
        return comment(object(send("PATCH", uri, bodyJson(body), JSON), request), request);
    }

    /** Returns a file's text at a commit, branch or tag, or empty when the file does not exist there. */
    public Optional<String> fileContent(RepositoryName repository, String path, String ref) throws GitHubApiException {
        URI uri = baseUrl.resolve(repoPath(repository) + "/contents/" + encodePath(path) + "?ref=" + encode(ref));
        Response response = exchange("GET", uri, null, "application/vnd.github.raw+json");
        if (response.status() == 404) {
            return Optional.empty();
        }
        check(response, "GET " + uri.getPath());
        return Optional.of(response.body());
    }

    /** Returns the commit SHA a branch points at now. */
    public String branchHead(RepositoryName repository, String branch) throws GitHubApiException {
        URI uri = baseUrl.resolve(repoPath(repository) + "/git/ref/heads/" + encodePath(branch));
        String request = "GET " + uri.getPath();
        JsonObject ref = object(send("GET", uri, null, JSON), request);
        JsonElement target = ref.get("object");
        String sha = target != null && target.isJsonObject() ? text(target.getAsJsonObject(), "sha") : "";
        if (sha.isEmpty()) {
            throw new GitHubApiException(request, 200, "the response names no commit");
        }
        return sha;
    }

    private JsonElement send(String method, URI uri, String body, String accept) throws GitHubApiException {
        Response response = exchange(method, uri, body, accept);
        return parse(response, method + " " + uri.getPath());
    }

    private JsonElement parse(Response response, String request) throws GitHubApiException {
        check(response, request);
        try {
            return JsonParser.parseString(response.body());
        } catch (JsonParseException e) {
            throw new GitHubApiException(request, response.status(), "the response is not JSON");
        }
    }

    private static void check(Response response, String request) throws GitHubApiException {
        if (response.status() / 100 != 2) {
            throw new GitHubApiException(request, response.status(), errorMessage(response.body()));
        }
    }

    private Response exchange(String method, URI uri, String body, String accept) throws GitHubApiException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(TIMEOUT)
                .header("Accept", accept)
                .header("X-GitHub-Api-Version", "2022-11-28")
                .header("User-Agent", "calendar-sync");
        if (!token.isEmpty()) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
            request.method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }

        String description = method + " " + uri.getPath();
        LOG.debug("GitHub API: {}", description);
        try {
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body(),
                    response.headers().firstValue("Link").flatMap(GitHubApi::nextLink));
        } catch (IOException e) {
            String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            throw new GitHubApiException(description, "no response from " + baseUrl.getHost() + " (" + reason + "); "
                    + "check GITHUB_API_URL and the network", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GitHubApiException(description, "interrupted", e);
        }
    }

    static Optional<URI> nextLink(String header) {
        Matcher matcher = NEXT_LINK.matcher(header);
        return matcher.find() ? Optional.of(URI.create(matcher.group(1))) : Optional.empty();
    }

    private static String errorMessage(String body) {
        try {
            JsonElement error = JsonParser.parseString(body);
            if (error.isJsonObject() && error.getAsJsonObject().has("message")) {
                return error.getAsJsonObject().get("message").getAsString();
            }
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
            // Not GitHub's error JSON; the status alone has to do.
        }
        return "no error message";
    }

    private static JsonObject object(JsonElement json, String request) throws GitHubApiException {
        if (!json.isJsonObject()) {
            throw new GitHubApiException(request, 200, "the response is not a JSON object");
        }
        return json.getAsJsonObject();
    }

    private static IssueComment comment(JsonObject json, String request) throws GitHubApiException {
        JsonElement id = json.get("id");
        if (id == null || !id.isJsonPrimitive() || !id.getAsJsonPrimitive().isNumber()) {
            throw new GitHubApiException(request, 200, "a comment in the response has no numeric id");
        }
        JsonElement user = json.get("user");
        GitHubIdentity author = user != null && user.isJsonObject() ? identity(user.getAsJsonObject()) : new GitHubIdentity("", "");
        return new IssueComment(id.getAsLong(), text(json, "body"), author, text(json, "html_url"));
    }

    private static GitHubIdentity identity(JsonObject user) {
        return new GitHubIdentity(text(user, "login"), text(user, "type"));
    }

    private static String text(JsonObject json, String field) {
        JsonElement value = json.get(field);
        return value == null || !value.isJsonPrimitive() ? "" : value.getAsString();
    }

    private static String bodyJson(String body) {
        JsonObject json = new JsonObject();
        json.addProperty("body", body);
        return json.toString();
    }

    private static String repoPath(RepositoryName repository) {
        return "repos/" + encode(repository.owner()) + "/" + encode(repository.name());
    }

    /** Percent-encodes each segment of a path and keeps its slashes. */
    private static String encodePath(String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/", -1)) {
            segments.add(encode(segment));
        }
        return String.join("/", segments);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private record Response(int status, String body, Optional<URI> next) {
    }
}
