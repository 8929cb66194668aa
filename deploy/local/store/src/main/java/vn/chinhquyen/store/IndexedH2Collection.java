package vn.chinhquyen.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.h2.mvstore.MVMap;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;

/**
 * An H2 collection that picks the best index for a filter. Stock mongo-java-server uses a unique
 * index only when the filter names exactly its fields, so {@code {_id, version}} (every
 * conditional update) read the whole collection. Here a unique index serves any filter that
 * pins all of its fields by equality, and the ordered secondary indexes serve prefixes and ranges.
 */
final class IndexedH2Collection extends H2Collection {

    /** One index lookup: the index and the part of the filter it answers. */
    record Access(Index<Object> index, Document indexQuery) {}

    /** What a filter will read: the union of some index lookups, or (none) the whole collection. */
    record Plan(List<Access> accesses) {
        boolean isScan() {
            return accesses.isEmpty();
        }
    }

    private static final Plan SCAN = new Plan(List.of());

    private static final String PREFIX_COMPANION = "$prefix";

    /** Every open collection by full name, for {@code collectionScans}; a re-created one replaces its entry. */
    static final Map<String, IndexedH2Collection> OPEN = new ConcurrentHashMap<>();

    private final AtomicLong scans = new AtomicLong();

    IndexedH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
                        MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap,
                        CursorRegistry cursorRegistry) {
        super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
        OPEN.put(getFullName(), this);
    }

    /**
     * A compound unique index also gets an ordered companion, so filters that name only its
     * leading fields (a template by commune and kind, without the version) use an index too.
     */
    @Override
    public void addIndex(Index<Object> index) {
        super.addIndex(index);
        if (index.isUnique() && index.getKeys().size() > 1) {
            boolean sparse = Utils.isTrue(index.toIndexDescription().get("sparse"));
            super.addIndex(new OrderedIndex(index.getName() + PREFIX_COMPANION, index.getKeys(), sparse));
        }
    }

    @Override
    public void dropIndex(String indexName) {
        super.dropIndex(indexName);
        if (getIndexes().stream().anyMatch(index -> index.getName().equals(indexName + PREFIX_COMPANION))) {
            super.dropIndex(indexName + PREFIX_COMPANION);
        }
    }

    /**
     * A private copy: mongo-java-server changes a document in place before storing it again,
     * and answers are encoded after the collection's lock is released, so handing out the
     * stored instance let a concurrent update change an answer being sent (two callers of
     * findAndModify with $inc both saw the same new value).
     */
    @Override
    protected Document getDocument(Object position) {
        Document stored = super.getDocument(position);
        return stored == null ? null : stored.cloneDeeply();
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
                                         int batchSize, Document fieldSelector) {
        Plan plan = plan(query);
        if (plan.isScan()) {
            scans.incrementAndGet();
            if (isNaturalDescending(orderBy)) {
                return matchDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
            }
            Stream<Document> matching = streamAllDocumentsWithPosition()
                .map(DocumentWithPosition::getDocument)
                .filter(document -> documentMatchesQuery(document, query))
                .map(Document::cloneDeeply);
            return matchDocumentsFromStream(matching, query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        Set<Object> positions = new LinkedHashSet<>();
        for (Access access : plan.accesses()) {
            for (Object position : access.index().getPositions(access.indexQuery())) {
                positions.add(position);
            }
        }
        return matchDocuments(query, positions, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }

    /** The leading {@code $match} of the aggregation being run on this thread, and its collection. */
    record AggregationInput(String collectionFullName, Document match) {}

    static final ThreadLocal<AggregationInput> AGGREGATION_INPUT = new ThreadLocal<>();

    /**
     * mongo-java-server feeds an aggregation every document of the collection; when the
     * pipeline starts with {@code $match}, feed it only that filter's documents, found through
     * an index. The stage still applies its filter, so the result cannot change.
     */
    @Override
    public Stream<Document> queryAllAsStream() {
        AggregationInput input = AGGREGATION_INPUT.get();
        if (input != null && input.collectionFullName().equals(getFullName())) {
            return handleQueryAsStream(input.match());
        }
        return super.queryAllAsStream();
    }

    /**
     * mongo-java-server locks queries and writes of a collection but not {@code count}, which
     * walks the same indexes: a write meanwhile broke the walk (ConcurrentModificationException).
     */
    @Override
    public synchronized int count(Document query, int skip, int limit) {
        return super.count(query, skip, limit);
    }

    /** How many filters read the whole collection since the store started. */
    long scanCount() {
        return scans.get();
    }

    /**
     * The cheapest way to find a superset of the filter's matches: the best single index, or
     * for a top-level {@code $or} whose every branch can use one, the union of those lookups.
     */
    synchronized Plan plan(Document filter) {
        Document query = conjuncts(filter);
        Access single = bestAccess(query);
        if (single != null) {
            return new Plan(List.of(single));
        }
        if (query.get("$or") instanceof Collection<?> branches && !branches.isEmpty()) {
            List<Access> union = new ArrayList<>();
            for (Object branch : branches) {
                Plan branchPlan = branch instanceof Document document ? plan(document) : SCAN;
                if (branchPlan.isScan()) {
                    return SCAN;
                }
                union.addAll(branchPlan.accesses());
            }
            return new Plan(union);
        }
        return SCAN;
    }

    private Access bestAccess(Document query) {
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
        return best == null ? null : new Access(best, bestQuery);
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
