package io.calendarsync.github;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The strings to register with {@code ::add-mask::} for one secret. The runner masks log lines one by one,
 * so a multi-line secret such as a credential JSON is registered whole, line by line, and by the values of
 * its secret fields (a private key's lines among them).
 */
final class SecretMasks {

    /** Lines shorter than this ({@code {}, {@code "type": …}) are not secret and would blank out common text. */
    static final int MIN_LINE_LENGTH = 8;

    private static final List<String> SECRET_FIELDS =
            List.of("private_key", "private_key_id", "client_secret", "refresh_token", "access_token");

    private SecretMasks() {
    }

    static Set<String> of(String secret) {
        Set<String> masks = new LinkedHashSet<>();
        String whole = secret.strip();
        if (whole.isEmpty()) {
            return masks;
        }
        masks.add(whole);
        addLines(masks, whole);

        for (String value : secretFieldValues(whole)) {
            masks.add(value);
            addLines(masks, value);
        }
        return masks;
    }

    private static void addLines(Set<String> masks, String text) {
        for (String line : text.split("\\R")) {
            String stripped = line.strip();
            if (stripped.length() >= MIN_LINE_LENGTH) {
                masks.add(stripped);
            }
        }
    }

    private static List<String> secretFieldValues(String text) {
        if (!text.startsWith("{")) {
            return List.of();
        }
        try {
            JsonElement root = JsonParser.parseString(text);
            if (!root.isJsonObject()) {
                return List.of();
            }
            return SECRET_FIELDS.stream()
                    .map(field -> root.getAsJsonObject().get(field))
                    .filter(value -> value != null && value.isJsonPrimitive())
                    .map(JsonElement::getAsString)
                    .filter(value -> !value.isBlank())
                    .toList();
        } catch (JsonParseException e) {
            // Not JSON after all: the whole value and its lines are masked, which is enough.
            return List.of();
        }
    }
}
