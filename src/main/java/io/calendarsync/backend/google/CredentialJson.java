package io.calendarsync.backend.google;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks of credential JSON text that turn every malformed secret into an error naming its source. */
final class CredentialJson {

    private static final Set<String> TYPES = Set.of("authorized_user", "service_account", "external_account");
    private static final Pattern POSITION = Pattern.compile("line (\\d+) column (\\d+)");
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/=_\\-\\s]+");

    private CredentialJson() {
    }

    /** Parses the text as a JSON object; the messages never quote the text, which is a secret. */
    static JsonObject parse(String text, String source) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw CredentialsResolver.failure(source + " is empty; it should hold a Google credential JSON");
        }
        if (!trimmed.startsWith("{")) {
            if (looksLikeBase64Json(trimmed)) {
                throw CredentialsResolver.failure(source + " contains base64-encoded JSON; store the decoded JSON text "
                        + "instead (for example the output of 'base64 --decode')");
            }
            throw CredentialsResolver.failure(source + " is not JSON; it should hold a Google credential JSON "
                    + "object starting with '{'");
        }
        try {
            // Strict, as the auth library reads the text: lenient Gson would accept an unquoted value that the
            // library then rejects with a message about Gson settings.
            JsonReader reader = new JsonReader(new StringReader(trimmed));
            reader.setStrictness(Strictness.STRICT);
            JsonElement element = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new JsonParseException("text after the JSON object " + reader);
            }
            if (!element.isJsonObject()) {
                throw CredentialsResolver.failure(source + " is not a JSON object; it should hold a Google credential JSON");
            }
            return element.getAsJsonObject();
        } catch (JsonParseException | IOException e) {
            throw CredentialsResolver.failure(source + " is not valid JSON (" + position(e) + "); check that "
                    + "the whole file was copied");
        }
    }

    /** Returns the credential type, rejecting OAuth client files and types calendar-sync does not use. */
    static String type(JsonObject json, String source) {
        if (json.has("installed") || json.has("web")) {
            throw CredentialsResolver.failure(source + " is an OAuth client secret file, not a credential; run "
                    + "'calendar-sync mint-credentials --client-secret FILE' to turn it into an authorized_user credential");
        }
        JsonElement type = json.get("type");
        if (type == null || !type.isJsonPrimitive()) {
            throw CredentialsResolver.failure(source + " has no \"type\" field; expected one of authorized_user, "
                    + "service_account or external_account");
        }
        String value = type.getAsString();
        if (!TYPES.contains(value)) {
            throw CredentialsResolver.failure(source + " has type '" + value + "', which calendar-sync does not "
                    + "support; use an authorized_user, service_account or external_account credential");
        }
        return value;
    }

    static void requireFields(JsonObject json, String source, String type, List<String> fields) {
        List<String> missing = fields.stream()
                .filter(field -> !json.has(field) || json.get(field).isJsonNull()
                        || (json.get(field).isJsonPrimitive() && json.get(field).getAsString().isBlank()))
                .toList();
        if (!missing.isEmpty()) {
            throw CredentialsResolver.failure(source + " contains a credential of type " + type + " without "
                    + String.join(", ", missing) + "; download or mint the credential again");
        }
        List<String> notText = fields.stream()
                .filter(field -> !json.get(field).isJsonPrimitive() || !json.get(field).getAsJsonPrimitive().isString())
                .filter(field -> !field.equals("credential_source"))
                .toList();
        if (!notText.isEmpty()) {
            throw CredentialsResolver.failure(source + " contains a credential of type " + type + " whose "
                    + String.join(", ", notText) + (notText.size() == 1 ? " is" : " are") + " not text; download or"
                    + " mint the credential again");
        }
    }

    private static boolean looksLikeBase64Json(String text) {
        if (!BASE64.matcher(text).matches()) {
            return false;
        }
        String compact = text.replaceAll("\\s", "");
        for (Base64.Decoder decoder : List.of(Base64.getDecoder(), Base64.getUrlDecoder())) {
            try {
                String decoded = new String(decoder.decode(compact), StandardCharsets.UTF_8).strip();
                if (decoded.startsWith("{")) {
                    return true;
                }
            } catch (IllegalArgumentException notThisAlphabet) {
                // Try the other alphabet.
            }
        }
        return false;
    }

    /** Returns the position of a syntax error without Gson's quote of the input, which could be part of the secret. */
    private static String position(Exception e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        Matcher matcher = POSITION.matcher(String.valueOf(cause.getMessage()));
        return matcher.find() ? "syntax error at line " + matcher.group(1) + " column " + matcher.group(2) : "syntax error";
    }
}
