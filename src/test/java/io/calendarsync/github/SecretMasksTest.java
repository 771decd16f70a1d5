package io.calendarsync.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretMasksTest {

    @Test
    void plainTokenIsMaskedWhole() {
        assertEquals(Set.of("ya29.token-value"), SecretMasks.of("  ya29.token-value\n"));
        assertTrue(SecretMasks.of("   ").isEmpty());
    }

    @Test
    void credentialJsonIsMaskedByLinesAndFields() {
        String json = "{\n  \"type\": \"service_account\",\n  \"private_key_id\": \"abcdef123456\",\n"
                + "  \"private_key\": \"-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\\n"
                + "-----END PRIVATE KEY-----\\n\"\n}";

        Set<String> masks = SecretMasks.of(json);

        assertTrue(masks.contains(json.strip()));
        assertTrue(masks.contains("abcdef123456"));
        assertTrue(masks.contains("MIIEvQIBADANBgkqhkiG9w0BAQEFAASC"), masks.toString());
        assertTrue(masks.contains("\"private_key_id\": \"abcdef123456\","));
        assertFalse(masks.contains("{"));
        assertFalse(masks.contains("}"));
    }
}
