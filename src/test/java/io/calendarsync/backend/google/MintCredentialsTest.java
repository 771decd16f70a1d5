package io.calendarsync.backend.google;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The installed-app flow end to end: the test plays the browser against the emulated authorization server. */
class MintCredentialsTest {

    private final GoogleFixture fixture = new GoogleFixture();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path directory;

    @AfterEach
    void stop() {
        fixture.close();
    }

    private Path clientSecretFile(String kind) throws IOException {
        String json = """
                {"%s": {"client_id": "%s", "project_id": "community", "auth_uri": "%s", "token_uri": "%s",
                 "client_secret": "%s", "redirect_uris": ["http://localhost"]}}
                """.formatted(kind, GoogleFixture.CLIENT_ID, fixture.emulator.authUri(), fixture.emulator.tokenUri(),
                GoogleFixture.CLIENT_SECRET);
        return Files.writeString(directory.resolve("client_secret.json"), json);
    }

    private CompletableFuture<Integer> start(String... args) {
        PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        return CompletableFuture.supplyAsync(() -> new MintCredentials().run(args, Map.of(), outStream, errStream));
    }

    /** Waits for the authorization URL on standard error. */
    private String awaitUrl() throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(deadline)) {
            for (String line : err.toString(StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith(fixture.emulator.authUri())) {
                    return line.strip();
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no authorization URL printed: " + err.toString(StandardCharsets.UTF_8));
    }

    /** Follows the URL and its redirect to the loopback server, as a browser would after the user consents. */
    private static HttpResponse<String> browse(String url) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        return browser.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void writesWorkingCredentialWithMode600() throws Exception {
        Path output = directory.resolve("bot.json");
        CompletableFuture<Integer> run = start("--client-secret", clientSecretFile("installed").toString(),
                "--output", output.toString());

        String url = awaitUrl();
        HttpResponse<String> page = browse(url);
        int exit = run.get(10, TimeUnit.SECONDS);

        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("You can close this tab"));
        assertTrue(url.contains("redirect_uri=http%3A%2F%2F127.0.0.1%3A"), url);
        assertTrue(url.contains("code_challenge_method=S256"), url);
        assertTrue(url.contains("access_type=offline"), url);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(output)));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        JsonObject credential = JsonParser.parseString(Files.readString(output)).getAsJsonObject();
        assertEquals("authorized_user", credential.get("type").getAsString());
        assertEquals(GoogleFixture.CLIENT_ID, credential.get("client_id").getAsString());

        // The minted credential works: the calendar is readable with it.
        GoogleOptions options = new GoogleOptions(Optional.of(output.toString()), Optional.empty(), Optional.empty(),
                SendUpdates.NONE, Optional.of(fixture.emulator.rootUrl()));
        assertEquals(0, fixture.factory(Map.of()).create(GoogleFixture.CALENDAR_ID, options).read().events().size());
        assertFalse(err.toString(StandardCharsets.UTF_8).contains(credential.get("refresh_token").getAsString()));
    }

    @Test
    void printsToStandardOutputOnlyWhenAsked() throws Exception {
        CompletableFuture<Integer> run = start("--client-secret", clientSecretFile("installed").toString(), "--output", "-");

        browse(awaitUrl());
        int exit = run.get(10, TimeUnit.SECONDS);

        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        JsonObject credential = JsonParser.parseString(out.toString(StandardCharsets.UTF_8)).getAsJsonObject();
        assertTrue(credential.get("refresh_token").getAsString().startsWith("1//"));
        assertFalse(Files.exists(directory.resolve(MintCredentials.DEFAULT_OUTPUT)));
    }

    @Test
    void webClientRejected() throws Exception {
        int exit = start("--client-secret", clientSecretFile("web").toString()).get(10, TimeUnit.SECONDS);

        assertEquals(2, exit);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("'Desktop app'"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void timeoutReported() throws Exception {
        int exit = start("--client-secret", clientSecretFile("installed").toString(), "--timeout", "1",
                "--output", directory.resolve("x.json").toString()).get(10, TimeUnit.SECONDS);

        assertEquals(3, exit);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no authorization arrived within 1 seconds"));
        assertFalse(Files.exists(directory.resolve("x.json")));
    }

    @Test
    void missingClientSecretIsUsageError() throws Exception {
        int exit = start().get(10, TimeUnit.SECONDS);

        assertEquals(2, exit);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--client-secret FILE is required"));
    }

    @Test
    void helpGoesToStandardOutput() throws Exception {
        int exit = start("--help").get(10, TimeUnit.SECONDS);

        assertEquals(0, exit);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--client-secret"));
    }
}
