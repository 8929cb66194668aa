package vn.chinhquyen.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;

/**
 * mongo-java-server's H2 backend with three additions: a durable commit before a write is
 * acknowledged (the stock store commits once a second, so {@code kill -9} lost the last second of
 * acknowledged writes), indexed collections, and {@code explain} in MongoDB's shape, so tests can
 * assert that a query uses an index here and on a real MongoDB alike.
 */
final class IndexedH2Backend extends H2Backend {

    private static final Set<String> WRITE_COMMANDS = Set.of(
        "insert", "update", "delete", "findandmodify", "createindexes", "create", "drop",
        "dropdatabase", "dropindexes", "renamecollection");

    /** Names the layout of the data files; a store refuses files of another layout. */
    private static final String FORMAT = "bson-values-1";
    private static final String FORMAT_MAP = "store.format";

    /** What a client may ask before it has authenticated: the handshake and the SASL exchange. */
    private static final Set<String> OPEN_COMMANDS = Set.of(
        "hello", "ismaster", "buildinfo", "ping", "saslstart", "saslcontinue", "endsessions");

    /** Null: no authentication (the copies tests and the comparison benchmark start). */
    private final StoreUsers users;
    private final Map<Channel, Scram> conversations = new ConcurrentHashMap<>();
    private final Map<Channel, StoreUsers.User> sessions = new ConcurrentHashMap<>();

    IndexedH2Backend(MVStore mvStore, StoreUsers users) {
        super(checkedFormat(mvStore));
        this.users = users;
    }

    /**
     * Collections store their documents as BSON (BsonDocumentType). Files written before that
     * (or by the stock backend, in Java serialization) would read as garbage, so they are
     * refused with a way out instead.
     */
    private static MVStore checkedFormat(MVStore mvStore) {
        MVMap<String, String> format = mvStore.openMap(FORMAT_MAP);
        String found = format.get("layout");
        if (found == null) {
            boolean holdsData = mvStore.getMapNames().stream().anyMatch(name -> name.startsWith("databases."));
            if (holdsData) {
                throw new IllegalStateException("the data files were written by an earlier store layout;"
                    + " remove them (deploy/local/infra.sh reset) and start again");
            }
            format.put("layout", FORMAT);
            mvStore.commit();
        } else if (!found.equals(FORMAT)) {
            throw new IllegalStateException("the data files have layout " + found + ", this store reads " + FORMAT);
        }
        return mvStore;
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new IndexedH2Database(databaseName, getMvStore(), getCursorRegistry());
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        String name = command.toLowerCase(Locale.ROOT);
        if (users != null) {
            if (name.equals("saslstart") || name.equals("saslcontinue")) {
                return authenticate(channel, name, query);
            }
            authorize(channel, databaseName, command, name);
            if ((name.equals("hello") || name.equals("ismaster")) && query.containsKey("saslSupportedMechs")) {
                Document hello = super.handleCommand(channel, databaseName, command, query);
                hello.put("saslSupportedMechs", List.of("SCRAM-SHA-256"));
                return hello;
            }
        }
        if (name.equals("explain")) {
            return explain(databaseName, (Document) query.get(command));
        }
        if (name.equals("collectionscans")) {
            return collectionScans(databaseName);
        }
        boolean aggregation = name.equals("aggregate") && leadingMatch(query.get("pipeline")) != null;
        if (aggregation) {
            IndexedH2Collection.AGGREGATION_INPUT.set(new IndexedH2Collection.AggregationInput(
                databaseName + "." + query.get(command), leadingMatch(query.get("pipeline"))));
        }
        // Pin the MVStore version this command reads: a long read (a count or a filter over a
        // million documents) otherwise meets "Chunk … not found" once writes elsewhere in the file
        // and the background compaction have dropped the chunks its pages were in.
        MVStore.TxCounter reading = getMvStore().registerVersionUsage();
        try {
            return super.handleCommand(channel, databaseName, command, query);
        } finally {
            getMvStore().deregisterVersionUsage(reading);
            if (aggregation) {
                IndexedH2Collection.AGGREGATION_INPUT.remove();
            }
            if (WRITE_COMMANDS.contains(name)) {
                // MVStore.commit() writes the changes to the file; a killed process keeps what the OS has
                getMvStore().commit();
            }
        }
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        if (users != null) {
            authorize(query.getChannel(), query.getDatabaseName(), "query", "query");
        }
        return super.handleQuery(query);
    }

    @Override
    public void handleClose(Channel channel) {
        conversations.remove(channel);
        sessions.remove(channel);
        super.handleClose(channel);
    }

    /** A user may use its own database only; the operators' user ({@code *}) every one. */
    private void authorize(Channel channel, String databaseName, String command, String name) {
        if (OPEN_COMMANDS.contains(name)) {
            return;
        }
        StoreUsers.User user = sessions.get(channel);
        if (user == null) {
            throw new MongoServerError(13, "Unauthorized", "command " + command + " requires authentication");
        }
        if (!user.mayUse(databaseName)) {
            throw new MongoServerError(13, "Unauthorized",
                "not authorized on " + databaseName + " to execute command " + command);
        }
    }

    /** {@code saslStart} and {@code saslContinue} with SCRAM-SHA-256, one conversation per connection. */
    private Document authenticate(Channel channel, String name, Document query) {
        try {
            String payload = new String(((BinData) query.get("payload")).getData(), StandardCharsets.UTF_8);
            Document response = new Document("conversationId", 1);
            if (name.equals("saslstart")) {
                if (!"SCRAM-SHA-256".equals(query.get("mechanism"))) {
                    throw new MongoServerError(334, "MechanismUnavailable",
                        "only SCRAM-SHA-256 is offered, not " + query.get("mechanism"));
                }
                Scram scram = new Scram(users);
                String serverFirst = scram.start(payload);
                conversations.put(channel, scram);
                response.append("done", false).append("payload", new BinData(serverFirst.getBytes(StandardCharsets.UTF_8)));
            } else {
                Scram scram = conversations.remove(channel);
                String signature = scram == null ? null : scram.finish(payload);
                if (signature == null) {
                    throw new MongoServerError(18, "AuthenticationFailed", "Authentication failed.");
                }
                sessions.put(channel, scram.user());
                response.append("done", true).append("payload", new BinData(signature.getBytes(StandardCharsets.UTF_8)));
            }
            Utils.markOkay(response);
            return response;
        } catch (GeneralSecurityException | RuntimeException error) {
            if (error instanceof MongoServerError mongoError) {
                throw mongoError;
            }
            throw new MongoServerError(18, "AuthenticationFailed", "Authentication failed.");
        }
    }

    /**
     * {@code {collectionScans: 1}}: per collection of the database, how many filters read every
     * document since the store started. Not a MongoDB command: tests use it to prove that the
     * services' queries all use an index (on MongoDB the profiler's planSummary tells the same).
     */
    private Document collectionScans(String databaseName) {
        Document scans = new Document();
        String prefix = databaseName + ".";
        IndexedH2Collection.OPEN.forEach((fullName, collection) -> {
            if (fullName.startsWith(prefix) && collection.scanCount() > 0) {
                scans.put(fullName.substring(prefix.length()), collection.scanCount());
            }
        });
        Document response = new Document("scans", scans);
        Utils.markOkay(response);
        return response;
    }

    /** {@code explain} for find, count, distinct, update, delete, findAndModify and a leading $match. */
    private Document explain(String databaseName, Document explained) {
        String command = explained.keySet().iterator().next();
        String collectionName = String.valueOf(explained.get(command));
        Document filter = filterOf(command.toLowerCase(Locale.ROOT), explained);
        MongoCollection<?> collection = resolveDatabase(databaseName).resolveCollection(collectionName, false);

        Document plan;
        if (collection instanceof IndexedH2Collection indexed) {
            IndexedH2Collection.Plan chosen = indexed.plan(filter);
            if (chosen.isScan()) {
                plan = new Document("stage", "COLLSCAN").append("filter", filter);
            } else {
                List<Document> scans = chosen.accesses().stream()
                    .map(access -> new Document("stage", "IXSCAN")
                        .append("indexName", access.index().getName())
                        .append("keyPattern", keyPattern(access.index().getKeys()))
                        .append("isUnique", access.index().isUnique()))
                    .toList();
                Document input = scans.size() == 1 ? scans.get(0)
                    : new Document("stage", "OR").append("inputStages", scans);
                plan = new Document("stage", "FETCH").append("filter", filter).append("inputStage", input);
            }
        } else {
            plan = new Document("stage", "EOF"); // no such collection: nothing to read
        }
        Document response = new Document("queryPlanner", new Document("namespace", databaseName + "." + collectionName)
            .append("parsedQuery", filter)
            .append("winningPlan", plan)
            .append("rejectedPlans", List.of()));
        Utils.markOkay(response);
        return response;
    }

    private static Document filterOf(String command, Document explained) {
        Object filter = switch (command) {
            case "find" -> explained.get("filter");
            case "count", "distinct", "findandmodify" -> explained.get("query");
            case "update" -> firstOf(explained.get("updates"), "q");
            case "delete" -> firstOf(explained.get("deletes"), "q");
            case "aggregate" -> firstOf(explained.get("pipeline"), "$match");
            default -> null;
        };
        return filter instanceof Document document ? document : new Document();
    }

    private static Document leadingMatch(Object pipeline) {
        return firstOf(pipeline, "$match") instanceof Document match ? match : null;
    }

    private static Object firstOf(Object list, String field) {
        if (list instanceof List<?> items && !items.isEmpty() && items.get(0) instanceof Document first) {
            return first.get(field);
        }
        return null;
    }

    private static Document keyPattern(List<IndexKey> keys) {
        Document pattern = new Document();
        for (IndexKey key : keys) {
            pattern.put(key.getKey(), key.isAscending() ? 1 : -1);
        }
        return pattern;
    }
}
