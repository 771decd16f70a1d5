package io.calendarsync.backend.google;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.calendarsync.model.CalendarSyncException;

/**
 * The OAuth client of a Google Cloud project, from the {@code client_secret_*.json} file the console
 * downloads for a "Desktop app" client.
 */
record ClientSecret(String clientId, String clientSecret, String authUri, String tokenUri) {

    static final String DEFAULT_AUTH_URI = "https://accounts.google.com/o/oauth2/auth";
    static final String DEFAULT_TOKEN_URI = "https://oauth2.googleapis.com/token";

    static ClientSecret parse(String text, String source) {
        JsonObject json = CredentialJson.parse(text, source);
        if (json.has("web") && !json.has("installed")) {
            throw CalendarSyncException.usage(source + " belongs to a 'Web application' OAuth client, which cannot "
                    + "redirect to a local port; create an OAuth client of type 'Desktop app' and download its JSON");
        }
        JsonElement installed = json.get("installed");
        if (installed == null || !installed.isJsonObject()) {
            throw CalendarSyncException.usage(source + " is not an OAuth client secret file (no \"installed\" "
                    + "object); download the JSON of a 'Desktop app' OAuth client from the Google Cloud console");
        }
        JsonObject client = installed.getAsJsonObject();
        String clientId = text(client, "client_id");
        String secret = text(client, "client_secret");
        if (clientId.isEmpty() || secret.isEmpty()) {
            throw CalendarSyncException.usage(source + " has no client_id or client_secret in \"installed\"; "
                    + "download the client's JSON again");
        }
        return new ClientSecret(clientId, secret,
                text(client, "auth_uri").isEmpty() ? DEFAULT_AUTH_URI : text(client, "auth_uri"),
                text(client, "token_uri").isEmpty() ? DEFAULT_TOKEN_URI : text(client, "token_uri"));
    }

    private static String text(JsonObject json, String name) {
        JsonElement value = json.get(name);
        return value == null || !value.isJsonPrimitive() ? "" : value.getAsString().strip();
    }
}
