package vn.chinhquyen.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.h2.mvstore.MVMap;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;

/**
 * An H2 collection that picks the best index for a filter. Stock mongo-java-server uses a unique
 * index only when the filter names exactly its fields, so {@code {_id, version}} (every
 * conditional update) read the whole collection. Here a unique index serves any filter that
 * pins all of its fields by equality, and the ordered secondary indexes serve prefixes and ranges.
 */
final class IndexedH2Collection extends H2Collection {

    /** What a filter will read: one index, or the whole collection. */
    record Plan(Index<Object> index, Document indexQuery) {
        boolean isScan() {
            return index == null;
        }
    }

    /** Every open collection by full name, for {@code collectionScans}; a re-created one replaces its entry. */
    static final Map<String, IndexedH2Collection> OPEN = new ConcurrentHashMap<>();

    private final AtomicLong scans = new AtomicLong();

    IndexedH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
                        MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap,
                        CursorRegistry cursorRegistry) {
        super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
        OPEN.put(getFullName(), this);
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
                                         int batchSize, Document fieldSelector) {
        Plan plan = plan(query);
        if (plan.isScan()) {
            scans.incrementAndGet();
            return matchDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        Iterable<Object> positions = plan.index().getPositions(plan.indexQuery());
        return matchDocuments(query, positions, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }

    /** How many filters read the whole collection since the store started. */
    long scanCount() {
        return scans.get();
    }

    synchronized Plan plan(Document filter) {
        Document query = conjuncts(filter);
        Index<Object> best = null;
        Document bestQuery = null;
        double bestScore = 0;
        for (Index<Object> index : getIndexes()) {
            if (index instanceof OrderedIndex ordered) {
                double score = ordered.score(query);
                if (score > bestScore) {
                    best = ordered;
                    bestQuery = query;
                    bestScore = score;
                }
            } else if (index.isUnique()) {
                Document pinned = pinnedFields(index.getKeys(), query);
                // a unique index returns at most one document per value: nothing reads less
                double score = pinned == null ? 0 : 1000 + index.getKeys().size();
                if (score > bestScore) {
                    best = index;
                    bestQuery = pinned;
                    bestScore = score;
                }
            }
        }
        return new Plan(best, bestQuery);
    }

    /**
     * The filter's field conditions with top-level {@code $and} clauses lifted beside the
     * others (tenant filters arrive as {@code $and: [{communeCode}, {...}]}). Every condition
     * of a conjunction must hold, so an index serving any one of them returns a superset.
     */
    private static Document conjuncts(Document filter) {
        if (!filter.containsKey("$and")) {
            return filter;
        }
        Document flat = new Document();
        collectConjuncts(filter, flat);
        return flat;
    }

    private static void collectConjuncts(Document filter, Document flat) {
        for (Map.Entry<String, Object> condition : filter.entrySet()) {
            if (condition.getKey().equals("$and") && condition.getValue() instanceof Collection<?> clauses) {
                for (Object clause : clauses) {
                    if (clause instanceof Document document) {
                        collectConjuncts(document, flat);
                    }
                }
            } else {
                flat.putIfAbsent(condition.getKey(), condition.getValue());
            }
        }
    }

    /**
     * The filter's values for every field of a unique index, when each is pinned by a scalar
     * equality (or, for a one-field index, {@code $in}); null when the index cannot serve it.
     */
    private static Document pinnedFields(List<IndexKey> keys, Document query) {
        Document pinned = new Document();
        for (IndexKey indexKey : keys) {
            String field = indexKey.getKey();
            if (!query.containsKey(field)) {
                return null;
            }
            Object value = query.get(field);
            if (value instanceof Document condition) {
                if (condition.size() == 1 && condition.containsKey("$eq") && isScalar(condition.get("$eq"))) {
                    value = condition.get("$eq");
                } else if (keys.size() == 1 && condition.size() == 1 && condition.get("$in") instanceof Collection<?> in
                    && in.stream().allMatch(IndexedH2Collection::isScalar)) {
                    value = condition;
                } else {
                    return null;
                }
            } else if (!isScalar(value)) {
                return null;
            }
            pinned.put(field, value);
        }
        return pinned;
    }

    private static boolean isScalar(Object value) {
        return value != null && !(value instanceof Document) && !(value instanceof Collection);
    }
}
