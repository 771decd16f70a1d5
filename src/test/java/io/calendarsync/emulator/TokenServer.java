package io.calendarsync.emulator;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Google's OAuth endpoints as the client libraries use them: the token endpoint (refresh token, signed JWT
 * of a service account, authorization code with PKCE) and the authorization endpoint of the installed-app
 * flow, which redirects at once as if the user had consented.
 */
final class TokenServer {

    /** The audience google-auth-library puts in a service account's JWT whatever token URI is configured. */
    static final String JWT_AUDIENCE = "https://oauth2.googleapis.com/token";
    static final String SCOPE = "https://www.googleapis.com/auth/calendar.events";

    private record Code(String clientId, String redirectUri, String challenge, Principal principal) {
    }

    private final Map<String, String> clientSecrets = new ConcurrentHashMap<>();
    private final Map<String, Principal> refreshTokens = new ConcurrentHashMap<>();
    private final Map<String, PublicKey> serviceAccountKeys = new ConcurrentHashMap<>();
    private final Map<String, Principal> accessTokens = new ConcurrentHashMap<>();
    private final Map<String, Code> codes = new ConcurrentHashMap<>();
    private final Map<String, Principal> subjectTokens = new ConcurrentHashMap<>();
    private final AtomicLong counter = new AtomicLong();
    private final Clock clock;
    private volatile Principal consentingUser = new Principal("bot@example.org", false);

    TokenServer(Clock clock) {
        this.clock = clock;
    }

    void registerClient(String clientId, String secret) {
        clientSecrets.put(clientId, secret);
    }

    String issueRefreshToken(String clientId, String email) {
        String token = "1//emulated-refresh-" + counter.incrementAndGet();
        refreshTokens.put(token, new Principal(email, false));
        return token;
    }

    void revokeRefreshToken(String token) {
        refreshTokens.remove(token);
    }

    void registerServiceAccount(String email, PublicKey key) {
        serviceAccountKeys.put(email, key);
    }

    String issueAccessToken(Principal principal) {
        String token = "ya29.emulated-" + counter.incrementAndGet();
        accessTokens.put(token, principal);
        return token;
    }

    /** Accepts {@code subjectToken} at the security token service as proof of {@code email}. */
    void registerSubjectToken(String subjectToken, String email) {
        subjectTokens.put(subjectToken, new Principal(email, false));
    }

    void consentAs(String email) {
        consentingUser = new Principal(email, false);
    }

    Optional<Principal> principal(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return Optional.empty();
        }
        return Optional.ofNullable(accessTokens.get(authorization.substring("Bearer ".length()).strip()));
    }

    /** Handles {@code POST /token}; {@code grant} receives what the journal records about the grant. */
    ApiResponse token(Map<String, String> form, Map<String, String> grant) {
        String type = form.getOrDefault("grant_type", "");
        grant.put("grant_type", type);
        return switch (type) {
            case "refresh_token" -> refresh(form);
            case "urn:ietf:params:oauth:grant-type:jwt-bearer" -> jwtBearer(form, grant);
            case "authorization_code" -> authorizationCode(form);
            case "urn:ietf:params:oauth:grant-type:token-exchange" -> tokenExchange(form, grant);
            default -> oauthError(400, "unsupported_grant_type", "Invalid grant_type: " + type);
        };
    }

    /** Handles the authorization endpoint: the user consents at once and the browser is redirected. */
    ApiResponse authorize(Map<String, String> query) {
        String clientId = query.getOrDefault("client_id", "");
        String redirectUri = query.getOrDefault("redirect_uri", "");
        if (!clientSecrets.containsKey(clientId)) {
            return new ApiResponse(400, Map.of("Content-Type", "text/plain"), "Error 401: invalid_client");
        }
        if (!query.getOrDefault("scope", "").contains(SCOPE) || !"code".equals(query.get("response_type"))) {
            return new ApiResponse(400, Map.of("Content-Type", "text/plain"), "Error 400: invalid_request");
        }
        String code = "4/emulated-code-" + counter.incrementAndGet();
        codes.put(code, new Code(clientId, redirectUri, query.getOrDefault("code_challenge", ""), consentingUser));
        String location = redirectUri + (redirectUri.contains("?") ? "&" : "?")
                + "code=" + URLEncoder.encode(code, StandardCharsets.UTF_8)
                + "&state=" + URLEncoder.encode(query.getOrDefault("state", ""), StandardCharsets.UTF_8)
                + "&scope=" + URLEncoder.encode(SCOPE, StandardCharsets.UTF_8);
        return new ApiResponse(302, Map.of("Location", location), "");
    }

    private ApiResponse refresh(Map<String, String> form) {
        String secret = clientSecrets.get(form.getOrDefault("client_id", ""));
        if (secret == null || !secret.equals(form.get("client_secret"))) {
            return oauthError(401, "invalid_client", "Unauthorized");
        }
        Principal principal = refreshTokens.get(form.getOrDefault("refresh_token", ""));
        if (principal == null) {
            return oauthError(400, "invalid_grant", "Token has been expired or revoked.");
        }
        return granted(principal);
    }

    private ApiResponse jwtBearer(Map<String, String> form, Map<String, String> grant) {
        String[] parts = form.getOrDefault("assertion", "").split("\\.");
        if (parts.length != 3) {
            return oauthError(400, "invalid_grant", "Invalid JWT.");
        }
        JsonObject claims = JsonParser.parseString(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)).getAsJsonObject();
        String issuer = text(claims, "iss");
        String audience = text(claims, "aud");
        String subject = text(claims, "sub");
        grant.put("iss", issuer);
        grant.put("aud", audience);
        grant.put("sub", subject);
        grant.put("scope", text(claims, "scope"));

        PublicKey key = serviceAccountKeys.get(issuer);
        if (key == null || !verify(parts, key)) {
            return oauthError(400, "invalid_grant", "Invalid JWT Signature.");
        }
        if (!JWT_AUDIENCE.equals(audience)) {
            return oauthError(400, "invalid_grant", "Invalid JWT: Token must be a short-lived token and in a reasonable timeframe.");
        }
        if (!text(claims, "scope").contains(SCOPE)) {
            return oauthError(400, "invalid_scope", "Invalid OAuth scope or ID token audience provided.");
        }
        long now = clock.instant().getEpochSecond();
        if (claims.has("exp") && claims.get("exp").getAsLong() < now - 300) {
            return oauthError(400, "invalid_grant", "Invalid JWT: Token must be a short-lived token.");
        }
        Principal principal = subject.isEmpty() ? new Principal(issuer, true) : new Principal(subject, false);
        return granted(principal);
    }

    /** Exchanges a subject token as the security token service of Workload Identity Federation does. */
    private ApiResponse tokenExchange(Map<String, String> form, Map<String, String> grant) {
        grant.put("audience", form.getOrDefault("audience", ""));
        grant.put("scope", form.getOrDefault("scope", ""));
        Principal principal = subjectTokens.get(form.getOrDefault("subject_token", ""));
        if (principal == null) {
            return oauthError(400, "invalid_grant", "The subject token is invalid.");
        }
        JsonObject body = tokenBody(principal);
        body.addProperty("issued_token_type", "urn:ietf:params:oauth:token-type:access_token");
        return ApiResponse.json(200, body);
    }

    private ApiResponse authorizationCode(Map<String, String> form) {
        String clientId = form.getOrDefault("client_id", "");
        String secret = clientSecrets.get(clientId);
        if (secret == null || !secret.equals(form.get("client_secret"))) {
            return oauthError(401, "invalid_client", "Unauthorized");
        }
        Code code = codes.remove(form.getOrDefault("code", ""));
        if (code == null || !code.clientId().equals(clientId) || !code.redirectUri().equals(form.get("redirect_uri"))) {
            return oauthError(400, "invalid_grant", "Bad Request");
        }
        if (!code.challenge().isEmpty() && !code.challenge().equals(s256(form.getOrDefault("code_verifier", "")))) {
            return oauthError(400, "invalid_grant", "Invalid code verifier.");
        }
        String refreshToken = "1//emulated-refresh-" + counter.incrementAndGet();
        refreshTokens.put(refreshToken, code.principal());
        JsonObject body = tokenBody(code.principal());
        body.addProperty("refresh_token", refreshToken);
        return ApiResponse.json(200, body);
    }

    private ApiResponse granted(Principal principal) {
        return ApiResponse.json(200, tokenBody(principal));
    }

    private JsonObject tokenBody(Principal principal) {
        JsonObject body = new JsonObject();
        body.addProperty("access_token", issueAccessToken(principal));
        body.addProperty("expires_in", 3599);
        body.addProperty("scope", SCOPE);
        body.addProperty("token_type", "Bearer");
        return body;
    }

    private static boolean verify(String[] parts, PublicKey key) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initVerify(key);
            signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return signature.verify(Base64.getUrlDecoder().decode(parts[2]));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(JsonObject claims, String name) {
        return claims.has(name) ? claims.get(name).getAsString() : "";
    }

    private static ApiResponse oauthError(int status, String error, String description) {
        JsonObject body = new JsonObject();
        body.addProperty("error", error);
        body.addProperty("error_description", description);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json; charset=UTF-8");
        return new ApiResponse(status, headers, body.toString());
    }
}
