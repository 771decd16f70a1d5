package io.calendarsync.backend.google;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.gson.JsonObject;
import io.calendarsync.emulator.Journal;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workload Identity Federation: an external_account credential with a file-sourced subject token, exchanged
 * at the emulated security token service over HTTPS with a certificate made for this test by keytool.
 */
class ExternalAccountTest {

    private static final char[] PASSWORD = "emulator".toCharArray();

    private final GoogleFixture fixture = new GoogleFixture();

    @TempDir
    Path directory;

    @AfterEach
    void stop() {
        fixture.close();
    }

    private KeyStore selfSignedKeyStore() throws IOException, InterruptedException, GeneralSecurityException {
        Path file = directory.resolve("emulator.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "emulator", "-keyalg", "RSA",
                "-keysize", "2048", "-validity", "2", "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1",
                "-storetype", "PKCS12", "-keystore", file.toString(), "-storepass", new String(PASSWORD))
                .redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("keytool failed to make a test certificate");
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, PASSWORD);
        }
        return store;
    }

    @Test
    void exchangesSubjectTokenAndReads() throws Exception {
        KeyStore store = selfSignedKeyStore();
        String tlsRoot = fixture.emulator.startTls(store, PASSWORD);
        Path subjectToken = Files.writeString(directory.resolve("oidc-token"), "github-oidc-subject-token");
        fixture.emulator.registerSubjectToken("github-oidc-subject-token", GoogleFixture.BOT);
        JsonObject source = new JsonObject();
        source.addProperty("file", subjectToken.toString());
        JsonObject json = new JsonObject();
        json.addProperty("type", "external_account");
        json.addProperty("audience", "//iam.googleapis.com/projects/1/locations/global/workloadIdentityPools/github/providers/github");
        json.addProperty("subject_token_type", "urn:ietf:params:oauth:token-type:jwt");
        json.addProperty("token_url", tlsRoot + "token");
        json.add("credential_source", source);

        GoogleTarget target = fixture.factory(Map.of(CredentialsResolver.CREDENTIALS_ENV, json.toString()))
                .withTransport(new NetHttpTransport.Builder().trustCertificates(store).build())
                .create(GoogleFixture.CALENDAR_ID, fixture.options());
        target.read();

        List<Journal.Entry> grants = fixture.emulator.journal().tokenGrants();
        assertEquals(1, grants.size());
        assertEquals("urn:ietf:params:oauth:grant-type:token-exchange", grants.get(0).query("grant_type"));
        assertEquals(CredentialsResolver.SCOPE, grants.get(0).query("scope"));
        assertEquals("external_account", target.credentialType());
        assertEquals(1, fixture.emulator.journal().listRequests().size());
    }
}
