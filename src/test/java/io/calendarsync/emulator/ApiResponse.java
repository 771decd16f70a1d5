package io.calendarsync.emulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;

/** One response of the emulated API: status, headers and a JSON body (empty for 204). */
record ApiResponse(int status, Map<String, String> headers, String body) {

    static ApiResponse json(int status, JsonObject body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json; charset=UTF-8");
        if (body.has("etag")) {
            headers.put("ETag", body.get("etag").getAsString());
        }
        return new ApiResponse(status, headers, body.toString());
    }

    static ApiResponse noContent() {
        return new ApiResponse(204, Map.of(), "");
    }

    /** Builds an error in Google's JSON error format. */
    static ApiResponse error(int status, String reason, String message) {
        JsonObject detail = new JsonObject();
        detail.addProperty("domain", "global");
        detail.addProperty("reason", reason);
        detail.addProperty("message", message);
        JsonArray errors = new JsonArray();
        errors.add(detail);
        JsonObject error = new JsonObject();
        error.add("errors", errors);
        error.addProperty("code", status);
        error.addProperty("message", message);
        JsonObject body = new JsonObject();
        body.add("error", error);
        return json(status, body);
    }

    static ApiResponse fault(Fault fault, int retryAfterSeconds) {
        ApiResponse response = error(fault.status(), fault.reason(), fault.message());
        if (fault.status() == 429) {
            Map<String, String> headers = new LinkedHashMap<>(response.headers());
            headers.put("Retry-After", Integer.toString(retryAfterSeconds));
            return new ApiResponse(response.status(), headers, response.body());
        }
        return response;
    }
}
