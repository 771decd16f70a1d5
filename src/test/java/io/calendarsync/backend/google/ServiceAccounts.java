package io.calendarsync.backend.google;

import com.google.gson.JsonObject;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** Service account keys made for one test run, registered with the emulator by the caller. */
final class ServiceAccounts {

    static final String EMAIL = "sync@community-project.iam.gserviceaccount.com";

    final KeyPair keys;

    ServiceAccounts() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Returns a service account key file as the Google Cloud console downloads it, pointing at {@code tokenUri}. */
    String json(String tokenUri) {
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        JsonObject json = new JsonObject();
        json.addProperty("type", "service_account");
        json.addProperty("project_id", "community-project");
        json.addProperty("private_key_id", "0123456789abcdef");
        json.addProperty("private_key", pem);
        json.addProperty("client_email", EMAIL);
        json.addProperty("client_id", "109876543210");
        json.addProperty("token_uri", tokenUri);
        return json.toString();
    }
}
