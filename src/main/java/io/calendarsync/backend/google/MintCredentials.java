package io.calendarsync.backend.google;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.calendarsync.model.CalendarSyncException;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

/**
 * {@code calendar-sync mint-credentials}: runs Google's OAuth installed-app flow with a loopback redirect
 * and writes the resulting {@code authorized_user} credential, the JSON to store as a repository secret.
 */
public final class MintCredentials {

    static final String DEFAULT_OUTPUT = "calendar-sync-credentials.json";
    private static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();

    /**
     * Runs the command and returns its exit code: 0 done, 2 usage error, 3 authorization failed. Messages go
     * to {@code err}; {@code out} receives the help, or the credential with {@code --output -}. The command
     * reads no environment variable today; {@code env} keeps its signature the same as the other commands'.
     */
    public int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        Options options = options();
        CommandLine line;
        try {
            line = new DefaultParser().parse(options, args);
        } catch (ParseException e) {
            err.println("calendar-sync: error: mint-credentials: " + e.getMessage());
            err.println("Run 'calendar-sync mint-credentials --help' for usage.");
            return CalendarSyncException.Kind.USAGE.exitCode();
        }
        if (line.hasOption("help")) {
            printHelp(options, out);
            return 0;
        }
        try {
            mint(line, out, err);
            return 0;
        } catch (CalendarSyncException e) {
            err.println("calendar-sync: error: mint-credentials: " + e.getMessage());
            return e.kind().exitCode();
        }
    }

    private void mint(CommandLine line, PrintStream out, PrintStream err) {
        if (!line.hasOption("client-secret")) {
            throw CalendarSyncException.usage("--client-secret FILE is required: the JSON of a 'Desktop app' OAuth "
                    + "client, downloaded from Google Cloud console, APIs and services, Credentials");
        }
        String secretPath = line.getOptionValue("client-secret");
        ClientSecret client = ClientSecret.parse(readClientSecret(secretPath), "the client secret file " + secretPath);
        String output = line.getOptionValue("output", DEFAULT_OUTPUT);
        Duration timeout = timeout(line.getOptionValue("timeout"));

        String refreshToken = authorize(client, timeout, err);

        String json = credentialJson(client, refreshToken);
        if (output.equals("-")) {
            out.println(json);
            err.println("Printed an authorized_user credential. Store it as a repository secret, for example "
                    + "GOOGLE_CREDENTIALS.");
        } else {
            write(Path.of(output), json);
            err.println("Wrote an authorized_user credential to " + output + " (mode 0600). Store its content as "
                    + "a repository secret, for example GOOGLE_CREDENTIALS, then delete the file.");
        }
    }

    private String authorize(ClientSecret client, Duration timeout, PrintStream err) {
        String state = randomToken(24);
        String verifier = randomToken(48);
        try (LoopbackReceiver receiver = new LoopbackReceiver(state)) {
            String url = authorizationUrl(client, receiver.redirectUri(), state, challenge(verifier));
            err.println("Open this URL in a browser, sign in as the account that will write the calendar, and allow access:");
            err.println();
            err.println(url);
            err.println();
            err.println("Waiting up to " + timeout.toSeconds() + " seconds for the browser to return to "
                    + receiver.redirectUri() + " ...");
            String code = receiver.awaitCode(timeout);
            return exchange(client, code, receiver.redirectUri(), verifier);
        } catch (IllegalStateException e) {
            throw new CalendarSyncException(CalendarSyncException.Kind.TARGET, e.getMessage());
        } catch (IOException e) {
            throw new CalendarSyncException(CalendarSyncException.Kind.TARGET,
                    "could not listen on 127.0.0.1 for the OAuth redirect: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CalendarSyncException(CalendarSyncException.Kind.TARGET, "interrupted while waiting for the authorization");
        }
    }

    static String authorizationUrl(ClientSecret client, String redirectUri, String state, String challenge) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("client_id", client.clientId());
        parameters.put("redirect_uri", redirectUri);
        parameters.put("response_type", "code");
        parameters.put("scope", CredentialsResolver.SCOPE);
        // offline access and a consent prompt make Google return a refresh token every time.
        parameters.put("access_type", "offline");
        parameters.put("prompt", "consent");
        parameters.put("state", state);
        parameters.put("code_challenge", challenge);
        parameters.put("code_challenge_method", "S256");
        return client.authUri() + (client.authUri().contains("?") ? "&" : "?") + form(parameters);
    }

    private String exchange(ClientSecret client, String code, String redirectUri, String verifier)
            throws IOException, InterruptedException {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("grant_type", "authorization_code");
        parameters.put("code", code);
        parameters.put("client_id", client.clientId());
        parameters.put("client_secret", client.clientSecret());
        parameters.put("redirect_uri", redirectUri);
        parameters.put("code_verifier", verifier);
        HttpRequest request = HttpRequest.newBuilder(URI.create(client.tokenUri()))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(parameters)))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

        JsonObject body = parseObject(response.body());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the token endpoint " + client.tokenUri() + " rejected the authorization "
                    + "code (" + response.statusCode() + " " + text(body, "error") + ": " + text(body, "error_description")
                    + "); run mint-credentials again");
        }
        String refreshToken = text(body, "refresh_token");
        if (refreshToken.isEmpty()) {
            throw new IllegalStateException("Google returned no refresh token; remove calendar-sync's access at "
                    + "https://myaccount.google.com/permissions and run mint-credentials again");
        }
        return refreshToken;
    }

    private static String credentialJson(ClientSecret client, String refreshToken) {
        JsonObject json = new JsonObject();
        json.addProperty("type", "authorized_user");
        json.addProperty("client_id", client.clientId());
        json.addProperty("client_secret", client.clientSecret());
        json.addProperty("refresh_token", refreshToken);
        if (!client.tokenUri().equals(ClientSecret.DEFAULT_TOKEN_URI)) {
            json.addProperty("token_uri", client.tokenUri());
        }
        return new GsonBuilder().setPrettyPrinting().create().toJson(json);
    }

    /** Writes the credential readable by its owner only; the mode is set before the secret goes in. */
    private static void write(Path path, String json) {
        try {
            try {
                Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (FileAlreadyExistsException exists) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // NOTE: on file systems without POSIX modes (Windows) the file keeps the directory's default access.
                Files.deleteIfExists(path);
                Files.createFile(path);
            }
            Files.writeString(path, json + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new CalendarSyncException(CalendarSyncException.Kind.TARGET,
                    "could not write the credential to " + path + ": " + e.getMessage());
        }
    }

    private static String readClientSecret(String location) {
        try {
            return Files.readString(Path.of(location), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw CalendarSyncException.usage("the client secret file " + location + " does not exist");
        } catch (IOException e) {
            throw CalendarSyncException.usage("the client secret file " + location + " could not be read: " + e.getMessage());
        }
    }

    private static Duration timeout(String value) {
        if (value == null) {
            return DEFAULT_TIMEOUT;
        }
        try {
            long seconds = Long.parseLong(value.strip());
            if (seconds > 0) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        throw CalendarSyncException.usage("--timeout: '" + value + "' is not a positive number of seconds");
    }

    private static Options options() {
        Options options = new Options();
        options.addOption(Option.builder().longOpt("client-secret").hasArg().argName("FILE")
                .desc("OAuth client JSON of a 'Desktop app' client (client_secret_*.json)").get());
        options.addOption(Option.builder().longOpt("output").hasArg().argName("FILE")
                .desc("where to write the authorized_user credential, - for standard output (default: "
                        + DEFAULT_OUTPUT + ")").get());
        options.addOption(Option.builder().longOpt("timeout").hasArg().argName("SECONDS")
                .desc("how long to wait for the browser (default: " + DEFAULT_TIMEOUT.toSeconds() + ")").get());
        options.addOption(Option.builder("h").longOpt("help").desc("show this help").get());
        return options;
    }

    private static void printHelp(Options options, PrintStream out) {
        java.io.PrintWriter writer = new java.io.PrintWriter(out);
        new HelpFormatter().printHelp(writer, 100, "calendar-sync mint-credentials --client-secret FILE [--output FILE]",
                "Signs in with Google in a browser and writes an authorized_user credential for calendar-sync.\n\n",
                options, 2, 4, "\nThe browser returns to a temporary server on 127.0.0.1; no other port is opened."
                        + "\nExit codes: 0 success, 2 usage error, 3 the sign-in or the token exchange failed.");
        writer.flush();
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    private static String randomToken(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String form(Map<String, String> parameters) {
        StringJoiner joined = new StringJoiner("&");
        parameters.forEach((name, value) -> joined.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return joined.toString();
    }

    private static JsonObject parseObject(String body) {
        try {
            JsonElement element = JsonParser.parseString(body);
            return element.isJsonObject() ? element.getAsJsonObject() : new JsonObject();
        } catch (JsonParseException e) {
            return new JsonObject();
        }
    }

    private static String text(JsonObject json, String name) {
        JsonElement value = json.get(name);
        return value == null || !value.isJsonPrimitive() ? "" : value.getAsString();
    }
}
