package vn.chinhquyen.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;

/**
 * A non-unique index kept as an ordered set of (key values, position) entries. mongo-java-server
 * accepts non-unique indexes but ignores them, so every query on a non-unique field scanned the
 * collection; this index answers equality and {@code $in} on a prefix of its keys and one range
 * on the next key. It returns a superset of the matches: the collection still applies the full
 * filter, so an index can never change a result, only how many documents are read.
 *
 * <p>It lives in memory and is rebuilt from the documents when the store opens (the collection
 * fills an empty index from its documents), so it cannot drift from the data after a crash.
 * Callers hold the collection's lock (mongo-java-server's synchronized collections).
 */
final class OrderedIndex extends Index<Object> {

    /** Sentinels that sort below and above every BSON value, for open and inclusive bounds. */
    private enum Bound { LOWEST, HIGHEST }

    private record Entry(List<Object> key, Object position) {}

    private static final Comparator<Object> VALUE_ORDER = ValueComparator.ascWithoutListHandling();
    private static final Comparator<Entry> ENTRY_ORDER = (a, b) -> {
        int byKey = compareKeys(a.key(), b.key());
        return byKey != 0 ? byKey : compareValues(a.position(), b.position());
    };

    private final NavigableSet<Entry> entries = new TreeSet<>(ENTRY_ORDER);

    OrderedIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
    }

    // ------------------------------------------------------------------ maintenance

    @Override
    public Object getPosition(Document document) {
        return null; // not unique: the _id index locates documents
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        // a non-unique index refuses nothing
    }

    @Override
    public void add(Document document, Object position, MongoCollection<Object> collection) {
        for (List<Object> key : keysOf(document)) {
            entries.add(new Entry(key, position));
        }
    }

    @Override
    public Object remove(Document document) {
        Object position = document.get("_id");
        for (List<Object> key : keysOf(document)) {
            entries.remove(new Entry(key, position));
        }
        return position; // the collection checks that every index agrees on the position
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
        // a non-unique index refuses nothing
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, Object position,
                              MongoCollection<Object> collection) {
        Set<List<Object>> oldKeys = keysOf(oldDocument);
        Set<List<Object>> newKeys = keysOf(newDocument);
        if (oldKeys.equals(newKeys)) {
            return;
        }
        for (List<Object> key : oldKeys) {
            entries.remove(new Entry(key, position));
        }
        for (List<Object> key : newKeys) {
            entries.add(new Entry(key, position));
        }
    }

    @Override
    public long getCount() {
        return entries.size();
    }

    @Override
    public long getDataSize() {
        return 0;
    }

    @Override
    public void drop() {
        entries.clear();
    }

    private Set<List<Object>> keysOf(Document document) {
        Set<List<Object>> keys = new LinkedHashSet<>();
        for (KeyValue keyValue : getKeyValues(document)) {
            List<Object> key = new ArrayList<>(keyValue.size());
            boolean allMissing = true;
            for (Object value : keyValue) {
                boolean missing = value == null || value instanceof Missing;
                allMissing &= missing;
                key.add(missing ? null : value);
            }
            if (!(isSparse() && allMissing)) {
                keys.add(key);
            }
        }
        return keys;
    }

    // ------------------------------------------------------------------ lookups

    @Override
    public boolean canHandle(Document query) {
        return matchedKeyCount(query) > 0;
    }

    /**
     * How well this index serves the filter: one point per leading key constrained by equality or
     * {@code $in}, half a point for a range on the key after them; 0 when it cannot serve it.
     */
    double score(Document query) {
        List<Constraint> constraints = constraintsFor(query);
        double score = 0;
        for (Constraint constraint : constraints) {
            score += constraint.isPoint() ? 1 : 0.5;
        }
        return score;
    }

    int matchedKeyCount(Document query) {
        return constraintsFor(query).size();
    }

    @Override
    public Iterable<Object> getPositions(Document query) {
        List<Constraint> constraints = constraintsFor(query);
        List<List<Object>> prefixes = List.of(List.of());
        Constraint range = null;
        for (Constraint constraint : constraints) {
            if (!constraint.isPoint()) {
                range = constraint;
                break;
            }
            List<List<Object>> extended = new ArrayList<>();
            for (List<Object> prefix : prefixes) {
                for (Object value : constraint.points()) {
                    List<Object> next = new ArrayList<>(prefix);
                    next.add(value);
                    extended.add(next);
                }
            }
            prefixes = extended;
        }
        Set<Object> positions = new LinkedHashSet<>();
        for (List<Object> prefix : prefixes) {
            List<Object> from = new ArrayList<>(prefix);
            List<Object> to = new ArrayList<>(prefix);
            if (range != null) {
                from.add(range.lower() == null ? Bound.LOWEST : range.lower());
                to.add(range.upper() == null ? Bound.HIGHEST : range.upper());
            }
            while (from.size() < keys().size()) {
                from.add(Bound.LOWEST);
                to.add(Bound.HIGHEST);
            }
            for (Entry entry : entries.subSet(new Entry(from, Bound.LOWEST), true,
                                              new Entry(to, Bound.HIGHEST), true)) {
                positions.add(entry.position());
            }
        }
        return positions;
    }

    /** The usable constraints on the index keys, in key order: points first, at most one range last. */
    private List<Constraint> constraintsFor(Document query) {
        List<Constraint> constraints = new ArrayList<>();
        for (String key : keys()) {
            if (!query.containsKey(key)) {
                break;
            }
            Constraint constraint = Constraint.of(query.get(key));
            if (constraint == null || (isSparse() && constraint.mayMatchMissing())) {
                break;
            }
            constraints.add(constraint);
            if (!constraint.isPoint()) {
                break;
            }
        }
        return constraints;
    }

    /** Equality or {@code $in} (points), or {@code $gt/$gte/$lt/$lte} (a range, inclusive: the filter trims it). */
    private record Constraint(List<Object> points, Object lower, Object upper) {

        boolean isPoint() {
            return points != null;
        }

        boolean mayMatchMissing() {
            return isPoint() && points.contains(null);
        }

        static Constraint of(Object condition) {
            if (condition instanceof Document document && !document.isEmpty()
                && document.keySet().iterator().next().startsWith("$")) {
                return ofOperators(document);
            }
            // null is a value here: {field: null} matches null and missing, which the index keys hold as null
            return indexable(condition) ? new Constraint(Collections.singletonList(normalize(condition)), null, null) : null;
        }

        private static Constraint ofOperators(Document operators) {
            List<Object> points = null;
            Object lower = null;
            Object upper = null;
            for (Map.Entry<String, Object> operator : operators.entrySet()) {
                Object operand = operator.getValue();
                switch (operator.getKey()) {
                    case "$eq" -> {
                        if (!indexable(operand)) return null;
                        points = Collections.singletonList(normalize(operand));
                    }
                    case "$in" -> {
                        if (!(operand instanceof Collection<?> values)) return null;
                        List<Object> in = new ArrayList<>();
                        for (Object value : values) {
                            if (!indexable(value)) return null;
                            in.add(normalize(value));
                        }
                        points = in;
                    }
                    case "$gt", "$gte" -> {
                        if (!indexable(operand) || operand == null) return null;
                        lower = normalize(operand);
                    }
                    case "$lt", "$lte" -> {
                        if (!indexable(operand) || operand == null) return null;
                        upper = normalize(operand);
                    }
                    default -> {
                        // $ne, $exists, $not, $elemMatch…: the filter applies them to the candidates
                    }
                }
            }
            if (points != null) {
                return new Constraint(points, null, null);
            }
            if (lower != null || upper != null) {
                return new Constraint(null, lower, upper);
            }
            return null;
        }

        /** Scalars only: arrays and subdocuments compare as wholes, which the entries (per element) do not hold. */
        private static boolean indexable(Object value) {
            return !(value instanceof Document) && !(value instanceof Collection)
                && !BsonRegularExpression.isRegularExpression(value) && !(value instanceof java.util.regex.Pattern);
        }

        private static Object normalize(Object value) {
            return value instanceof Number number ? Utils.normalizeNumber(number) : value;
        }
    }

    // ------------------------------------------------------------------ ordering

    private static int compareKeys(List<Object> a, List<Object> b) {
        int length = Math.min(a.size(), b.size());
        for (int i = 0; i < length; i++) {
            int byComponent = compareValues(a.get(i), b.get(i));
            if (byComponent != 0) {
                return byComponent;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static int compareValues(Object a, Object b) {
        if (a instanceof Bound || b instanceof Bound) {
            return Integer.compare(rank(a), rank(b));
        }
        return VALUE_ORDER.compare(a, b);
    }

    private static int rank(Object value) {
        if (value == Bound.LOWEST) return -1;
        if (value == Bound.HIGHEST) return 1;
        return 0;
    }
}
