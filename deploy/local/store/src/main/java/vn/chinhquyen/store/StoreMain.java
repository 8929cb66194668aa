package vn.chinhquyen.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * Starts the embedded store:
 * {@code java -cp 'libs/*' vn.chinhquyen.store.StoreMain --port 27017 --file data/store.mv.db}.
 * {@code --variant stock-h2|stock-memory} starts mongo-java-server unchanged, for the comparison.
 * {@code --users-file <path>} turns authentication on (StoreUsers).
 */
public final class StoreMain {

    private StoreMain() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        String host = options.getOrDefault("host", "127.0.0.1");
        int port = Integer.parseInt(options.getOrDefault("port", "27017"));
        String variant = options.getOrDefault("variant", "indexed");
        int cacheMegabytes = Integer.parseInt(options.getOrDefault("cache-mb", "256"));

        MongoBackend backend = switch (variant) {
            case "indexed" -> new IndexedH2Backend(openStore(options, cacheMegabytes), users(options));
            case "stock-h2" -> new H2Backend(openStore(options, cacheMegabytes));
            case "stock-memory" -> new MemoryBackend();
            default -> throw new IllegalArgumentException("unknown --variant " + variant);
        };
        backend.version(ServerVersion.MONGO_5_0);

        MongoServer server = new MongoServer(backend);
        server.bind(host, port);
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown, "store-shutdown"));
        System.out.println("embedded store (" + variant + ") listening on " + host + ":" + port);
    }

    /** {@code --users-file}: clients must authenticate (SCRAM-SHA-256) as one of its users. */
    private static StoreUsers users(Map<String, String> options) throws Exception {
        String file = options.get("users-file");
        return file == null ? null : StoreUsers.read(Path.of(file));
    }

    private static MVStore openStore(Map<String, String> options, int cacheMegabytes) throws Exception {
        String file = options.get("file");
        if (file == null) {
            throw new IllegalArgumentException("--file <path> is required");
        }
        Path parent = Path.of(file).toAbsolutePath().getParent();
        Files.createDirectories(parent);
        return new MVStore.Builder().fileName(file).cacheSize(cacheMegabytes).open();
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }
}
