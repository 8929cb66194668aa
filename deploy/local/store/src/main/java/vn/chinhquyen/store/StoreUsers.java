package vn.chinhquyen.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The store's users, read from a file of {@code name:database:password} lines ({@code *} for every
 * database: the operators' user). Only SCRAM keys are kept in memory, as MongoDB keeps them: a
 * random salt and the stored and server keys derived from the password (RFC 5802, RFC 7677).
 */
final class StoreUsers {

    static final int ITERATIONS = 15000;

    record User(String name, String database, byte[] salt, byte[] storedKey, byte[] serverKey) {
        boolean mayUse(String databaseName) {
            return database.equals("*") || database.equals(databaseName);
        }
    }

    private final Map<String, User> users;

    private StoreUsers(Map<String, User> users) {
        this.users = users;
    }

    static StoreUsers read(Path file) throws IOException, GeneralSecurityException {
        Map<String, User> users = new HashMap<>();
        SecureRandom random = new SecureRandom();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split(":", 3);
            if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty()) {
                throw new IllegalArgumentException("users file: expected name:database:password, got a line with "
                    + parts.length + " part(s)");
            }
            byte[] salt = new byte[28];
            random.nextBytes(salt);
            byte[] salted = saltedPassword(parts[2], salt, ITERATIONS);
            byte[] storedKey = Scram.sha256(Scram.hmac(salted, "Client Key"));
            byte[] serverKey = Scram.hmac(salted, "Server Key");
            users.put(parts[0], new User(parts[0], parts[1], salt, storedKey, serverKey));
        }
        return new StoreUsers(Map.copyOf(users));
    }

    User find(String name) {
        return users.get(name);
    }

    /** PBKDF2 with HMAC-SHA-256; the passwords here are ASCII, which SASLprep leaves unchanged. */
    static byte[] saltedPassword(String password, byte[] salt, int iterations) throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
        return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    }
}
