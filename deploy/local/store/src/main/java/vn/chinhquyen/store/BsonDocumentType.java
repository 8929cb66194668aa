package vn.chinhquyen.store;

import java.nio.ByteBuffer;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * Stores documents as BSON, the form they arrive in. H2's default value type falls back to
 * Java serialization for documents, which wrote about 2.5 KB per 1 KB document and was the
 * largest cost of a write.
 */
final class BsonDocumentType extends BasicDataType<Document> {

    static final BsonDocumentType INSTANCE = new BsonDocumentType();

    /** A rough per-entry estimate for the page cache; MVStore samples, exactness is not needed. */
    private static final int BYTES_PER_FIELD = 96;

    private BsonDocumentType() {}

    @Override
    public int getMemory(Document document) {
        return 64 + BYTES_PER_FIELD * document.size();
    }

    @Override
    public void write(WriteBuffer buffer, Document document) {
        ByteBuf encoded = Unpooled.buffer();
        try {
            BsonEncoder.encodeDocument(document, encoded);
            int length = encoded.readableBytes();
            buffer.putVarInt(length);
            buffer.put(encoded.nioBuffer(encoded.readerIndex(), length));
        } finally {
            encoded.release();
        }
    }

    @Override
    public Document read(ByteBuffer buffer) {
        int length = DataUtils.readVarInt(buffer);
        ByteBuffer slice = buffer.slice();
        slice.limit(length);
        buffer.position(buffer.position() + length);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(slice));
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }
}
