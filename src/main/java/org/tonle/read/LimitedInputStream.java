package org.tonle.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Refuses to deliver more than a bound of bytes: the declared size of a ZIP entry can lie. */
final class LimitedInputStream extends FilterInputStream {
    private final long limit;
    private final String refusal;
    private long delivered;

    LimitedInputStream(InputStream in, long limit, String refusal) {
        super(in);
        this.limit = limit;
        this.refusal = refusal;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) throws RefusedInputException {
        delivered += n;
        if (delivered > limit) {
            throw new RefusedInputException(refusal);
        }
    }
}
