package io.calendarsync.emulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code fields} parameter of Google APIs (partial response): names separated by commas, with
 * {@code a/b} or {@code a(b,c)} selecting inside an object or inside each object of a list.
 */
final class FieldMask {

    /** Selected names, each with its own selection, or null to keep the whole value. */
    private final Map<String, FieldMask> children;

    private FieldMask(Map<String, FieldMask> children) {
        this.children = children;
    }

    static Optional<FieldMask> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        int[] position = {0};
        return Optional.of(parseList(text.replace(" ", ""), position));
    }

    private static FieldMask parseList(String text, int[] position) {
        Map<String, FieldMask> children = new LinkedHashMap<>();
        while (position[0] < text.length() && text.charAt(position[0]) != ')') {
            parseSelector(text, position, children);
            if (position[0] < text.length() && text.charAt(position[0]) == ',') {
                position[0]++;
            }
        }
        return new FieldMask(children);
    }

    private static void parseSelector(String text, int[] position, Map<String, FieldMask> into) {
        int start = position[0];
        while (position[0] < text.length() && "/(),".indexOf(text.charAt(position[0])) < 0) {
            position[0]++;
        }
        String name = text.substring(start, position[0]);
        FieldMask child = null;
        if (position[0] < text.length() && text.charAt(position[0]) == '/') {
            position[0]++;
            Map<String, FieldMask> nested = new LinkedHashMap<>();
            parseSelector(text, position, nested);
            child = new FieldMask(nested);
        } else if (position[0] < text.length() && text.charAt(position[0]) == '(') {
            position[0]++;
            child = parseList(text, position);
            position[0]++;
        }
        into.merge(name, child == null ? new FieldMask(null) : child, (a, b) -> a.children == null ? a : b);
    }

    JsonElement apply(JsonElement value) {
        if (children == null) {
            return value.deepCopy();
        }
        if (value.isJsonArray()) {
            JsonArray filtered = new JsonArray();
            value.getAsJsonArray().forEach(element -> filtered.add(apply(element)));
            return filtered;
        }
        if (!value.isJsonObject()) {
            return value.deepCopy();
        }
        JsonObject filtered = new JsonObject();
        JsonObject object = value.getAsJsonObject();
        children.forEach((name, child) -> {
            if (object.has(name)) {
                filtered.add(name, child.apply(object.get(name)));
            }
        });
        return filtered;
    }
}
