package vn.chinhquyen.store;

import java.util.List;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;

/** An H2 database whose collections choose indexes well and whose non-unique indexes exist. */
final class IndexedH2Database extends H2Database {

    // H2Database opens its collections from inside its constructor, before this class's fields
    // are assigned, so the store reaches openOrCreateCollection through this thread-local.
    private static final ThreadLocal<MVStore> OPENING = new ThreadLocal<>();

    private final MVStore mvStore;

    IndexedH2Database(String databaseName, MVStore mvStore, CursorRegistry cursorRegistry) {
        super(databaseName, remember(mvStore), cursorRegistry);
        OPENING.remove();
        this.mvStore = mvStore;
    }

    private static MVStore remember(MVStore mvStore) {
        OPENING.set(mvStore);
        return mvStore;
    }

    private MVStore store() {
        return mvStore != null ? mvStore : OPENING.get();
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        // the stock backend's map names; values in BSON (IndexedH2Backend checks the format)
        String fullName = getFullCollectionNamespace(collectionName);
        MVMap<Object, Document> dataMap = store().openMap("databases." + fullName,
            new MVMap.Builder<Object, Document>().valueType(BsonDocumentType.INSTANCE));
        MVMap<String, Object> metaMap = store().openMap("meta." + fullName);
        return new IndexedH2Collection(this, collectionName, options, dataMap, metaMap, cursorRegistry);
    }

    // The stock `create` command checks for the collection and creates it without a lock, so two
    // replicas starting together both pass the check and the later one fails on the namespace's
    // key. Under the lock resolveOrCreateCollection already holds, the later one reads "already
    // exists" (code 48), which drivers accept.
    @Override
    public synchronized MongoCollection<Object> createCollectionOrThrowIfExists(String collectionName,
                                                                               CollectionOptions options) {
        return super.createCollectionOrThrowIfExists(collectionName, options);
    }

    @Override
    protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                       boolean sparse) {
        return new OrderedIndex(indexName, keys, sparse);
    }
}
