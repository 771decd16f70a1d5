package io.calendarsync.backend.google;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The loopback redirect target, reached over HTTP as the browser reaches it. */
class LoopbackReceiverTest {

    private static final String STATE = "state-of-this-sign-in";

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(LoopbackReceiver receiver, String query) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(receiver.redirectUri() + "?" + query)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Any page the browser visits can send it to the loopback port. Without the sign-in's state, an error
     * there must not end the sign-in, and nothing from the request may reach the page as HTML.
     */
    @Test
    void errorWithoutStateIsIgnored() throws Exception {
        try (LoopbackReceiver receiver = new LoopbackReceiver(STATE)) {
            HttpResponse<String> forged = get(receiver, "error=%3Cscript%3Ealert(1)%3C/script%3E");
            HttpResponse<String> real = get(receiver, "state=" + STATE + "&code=4/real-code");

            assertEquals(400, forged.statusCode());
            assertFalse(forged.body().contains("<script>"), forged.body());
            assertEquals(200, real.statusCode());
            assertEquals("4/real-code", receiver.awaitCode(Duration.ofSeconds(5)));
        }
    }

    @Test
    void deniedAuthorizationIsEscaped() throws Exception {
        try (LoopbackReceiver receiver = new LoopbackReceiver(STATE)) {
            HttpResponse<String> denied = get(receiver, "state=" + STATE + "&error=%3Cb%3Edenied%1B%5B2J");

            IllegalStateException error = assertThrows(IllegalStateException.class,
                    () -> receiver.awaitCode(Duration.ofSeconds(5)));
            assertEquals(400, denied.statusCode());
            assertFalse(denied.body().contains("<b>"), denied.body());
            assertTrue(denied.body().contains("&lt;b&gt;denied"), denied.body());
            assertFalse(error.getMessage().contains("\u001b"), error.getMessage());
        }
    }
}
