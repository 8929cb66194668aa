package vn.chinhquyen.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One SCRAM-SHA-256 conversation on the server side (RFC 5802, RFC 7677), as MongoDB drivers run
 * it with {@code saslStart} and {@code saslContinue}: the client's first message, the server's
 * nonce, salt and iterations, then the client's proof and the server's signature.
 */
final class Scram {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final StoreUsers users;
    private StoreUsers.User user;
    private String clientFirstBare;
    private String serverFirst;
    private String nonce;

    Scram(StoreUsers users) {
        this.users = users;
    }

    /** The client's first message → the server's first message; null for an unknown user. */
    String start(String clientFirst) {
        if (!clientFirst.startsWith("n,,")) {
            throw new IllegalArgumentException("channel binding is not supported");
        }
        clientFirstBare = clientFirst.substring(3);
        Map<String, String> fields = fields(clientFirstBare);
        String name = fields.getOrDefault("n", "").replace("=2C", ",").replace("=3D", "=");
        String clientNonce = fields.get("r");
        if (clientNonce == null || clientNonce.isEmpty()) {
            throw new IllegalArgumentException("the client's nonce is missing");
        }
        user = users.find(name);
        byte[] serverNonce = new byte[24];
        RANDOM.nextBytes(serverNonce);
        nonce = clientNonce + Base64.getEncoder().encodeToString(serverNonce);
        // An unknown user gets a salt too, so the answer does not tell which users exist.
        byte[] salt = user != null ? user.salt() : serverNonce;
        serverFirst = "r=" + nonce + ",s=" + Base64.getEncoder().encodeToString(salt) + ",i=" + StoreUsers.ITERATIONS;
        return serverFirst;
    }

    /** The client's final message → the server's signature, or null when the proof is wrong. */
    String finish(String clientFinal) throws GeneralSecurityException {
        Map<String, String> fields = fields(clientFinal);
        String proof = fields.get("p");
        int proofAt = clientFinal.lastIndexOf(",p=");
        if (user == null || proof == null || proofAt < 0 || !nonce.equals(fields.get("r"))) {
            return null;
        }
        String authMessage = clientFirstBare + "," + serverFirst + "," + clientFinal.substring(0, proofAt);
        byte[] signature = hmac(user.storedKey(), authMessage);
        byte[] clientKey = Base64.getDecoder().decode(proof);
        if (clientKey.length != signature.length) {
            return null;
        }
        for (int i = 0; i < clientKey.length; i++) {
            clientKey[i] ^= signature[i];
        }
        if (!MessageDigest.isEqual(sha256(clientKey), user.storedKey())) {
            return null;
        }
        return "v=" + Base64.getEncoder().encodeToString(hmac(user.serverKey(), authMessage));
    }

    StoreUsers.User user() {
        return user;
    }

    private static Map<String, String> fields(String message) {
        Map<String, String> fields = new HashMap<>();
        for (String part : message.split(",")) {
            int equals = part.indexOf('=');
            if (equals == 1) {
                fields.put(part.substring(0, 1), part.substring(2));
            }
        }
        return fields;
    }

    static byte[] hmac(byte[] key, String message) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] sha256(byte[] data) throws GeneralSecurityException {
        return MessageDigest.getInstance("SHA-256").digest(data);
    }
}
